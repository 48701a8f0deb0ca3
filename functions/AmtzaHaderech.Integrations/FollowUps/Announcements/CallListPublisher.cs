using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Teams;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Announcements;

/// Where a coordinator's call list and card go. To Teams: the workbook into the channel's files
/// (`Reports/<yyyy>/`, as the monthly reports) and the card, with the file's link, to the
/// channel's Workflows webhook. Locally (no webhook configured: the CLI, the demo): both into
/// the outbox folder's `teams/`, the card's button pointing at the workbook's file URL.
public sealed class CallListPublisher(
    TeamsFiles files, TeamsWebhookClient webhook, IOptions<ReportsOptions> reports, IOptions<FollowUpSendingOptions> sending)
{
    private const string LocalChannel = "local";

    /// Where one announcement goes: a Teams channel (a key of `Reports:Teams`) with its webhook,
    /// or the local folder.
    public sealed record Target(string Channel, Uri? Webhook, string? LocalFolder);

    /// Where a center's coordinators are told: the center's channel webhook, else the program
    /// channel's, else the local outbox's `teams/` folder, else nowhere (null).
    public Target? Destination(string center)
    {
        var teams = reports.Value.Teams;
        if (center.Length > 0 && teams.TryGetValue(center, out var own) && own.WebhookUrl is { Length: > 0 } ownHook)
            return new(center, new Uri(ownHook), null);
        if (teams.TryGetValue(reports.Value.ProgramChannel, out var program) && program.WebhookUrl is { Length: > 0 } programHook)
            return new(reports.Value.ProgramChannel, new Uri(programHook), null);
        return sending.Value.OutboxFolder is { Length: > 0 } outbox ? new(LocalChannel, null, Path.Combine(outbox, "teams")) : null;
    }

    /// The call list's link: its web address in Teams, or the local file's URL.
    public async Task<(string Link, string? LocalPath)> PublishListAsync(Target target, string fileName, byte[] workbook, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (target.LocalFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, fileName);
            await File.WriteAllBytesAsync(path, workbook, cancellationToken);
            return (new Uri(path).AbsoluteUri, path);
        }
        var channel = reports.Value.Teams[target.Channel];
        var item = await files.UploadAsync(channel, IsraelTime.DateOf(at).Year, fileName, workbook, cancellationToken);
        return (item.WebUrl ?? throw new InvalidOperationException("Graph returned the uploaded call list without its web address."), null);
    }

    /// A list published before, as it is now (a coordinator may have marked it): the file of the
    /// channel's `Reports/<year>/` (the year it was published in), or of the local folder; null
    /// when it is not there. A file over `maxBytes` is refused before it is read.
    public async Task<byte[]?> ReadListAsync(Target target, string fileName, int year, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.LocalFolder is { } folder)
        {
            var file = new FileInfo(Path.Combine(folder, fileName));
            if (!file.Exists) return null;
            if (file.Length > maxBytes)
                throw new FileTooLargeException($"{fileName}: {file.Length} bytes, more than the {maxBytes} a list may have; not read.");
            return await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        }
        return await files.DownloadAsync(reports.Value.Teams[target.Channel], year, fileName, maxBytes, cancellationToken);
    }

    /// Posts the card, or writes it beside the list; returns the local file, if any.
    public async Task<string?> PostCardAsync(Target target, string name, JsonObject card, CancellationToken cancellationToken)
    {
        if (target.LocalFolder is { } folder)
        {
            var path = Path.Combine(folder, $"teams-card-{name}.json");
            await File.WriteAllTextAsync(path, card.ToJsonString(TeamsCard.JsonOptions), new UTF8Encoding(false), cancellationToken);
            return path;
        }
        await webhook.PostAsync(target.Webhook!, card, cancellationToken);
        return null;
    }

    /// `ksb-ksb-coord-1-20261210-1000`, after `call-list-` (the workbook) or `teams-card-` (a
    /// card written locally): the center, the coordinator as SPOT names them (letters and digits
    /// only, an e-mail's local part), and the time of the tasks, so posting the same tasks again
    /// replaces the same file.
    public static string BaseName(string center, string? coordinator, DateTimeOffset tasksAt)
    {
        var time = TimeZoneInfo.ConvertTime(tasksAt, IsraelTime.Zone).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return $"{Slug(center)}-{Slug((coordinator ?? "").Split('@')[0])}-{time}";
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant()) slug.Append(ch is >= 'a' and <= 'z' or >= '0' and <= '9' ? ch : '-');
        var trimmed = slug.ToString().Trim('-');
        return trimmed.Length == 0 ? "none" : trimmed;
    }
}
