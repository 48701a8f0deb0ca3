using System.Globalization;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// The SMS a run sent by kind, language and the parts each took (what the provider bills): a
/// row per (kind, language, parts) with how many messages, so every message's count is shown.
/// Hebrew, Russian and Arabic go as UCS-2: 70 characters alone, 67 a part when longer.
public static class SmsPartsTable
{
    public sealed record Row(string What, string Language, int Parts, int Messages);

    public static IReadOnlyList<Row> Rows(FollowUpRunResult result) =>
    [
        .. result.Messages.Where(m => m.Channel == FollowUpChannels.Sms)
            .GroupBy(m => (What: What(m), m.Language, m.Segments))
            .OrderBy(g => g.Key.What, StringComparer.Ordinal).ThenBy(g => g.Key.Language, StringComparer.Ordinal).ThenBy(g => g.Key.Segments)
            .Select(g => new Row(g.Key.What, g.Key.Language, g.Key.Segments, g.Count())),
    ];

    /// Null when the run sent no SMS.
    public static Table? Create(FollowUpRunResult result)
    {
        var rows = Rows(result);
        if (rows.Count == 0) return null;
        var table = new Table().AddColumns("sms", "lang").AddColumn(new TableColumn("parts").RightAligned()).AddColumn(new TableColumn("messages").RightAligned());
        foreach (var row in rows)
            table.AddRow(Markup.Escape(row.What), row.Language, row.Parts.ToString(CultureInfo.InvariantCulture), row.Messages.ToString(CultureInfo.InvariantCulture));
        return table;
    }

    private static string What(MessageSent message) =>
        message.Reference.Contains("|reminder", StringComparison.Ordinal) ? "reminder"
        : message.Rule switch
        {
            FollowUpRules.Retention or FollowUpRules.Quarterly => "check-in",
            FollowUpRules.Conference => "conference reminder",
            FollowUpRules.Meeting => "meeting reminder",
            FollowUpRules.Workshop => "workshop invitation",
            FollowUpRules.WorkshopReminder => "workshop reminder",
            FollowUpRules.WorkshopOffer => "workshop seat offer",
            _ => message.Rule,
        };
}
