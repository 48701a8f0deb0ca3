using System.Globalization;
using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// The layout of the `followups` table. One partition per participant (SPOT's participant_id,
/// or the hub's id of a lead invited to a conference whom SPOT does not know), so everything that must change together for a person (an answer, its SPOT changes, its task;
/// a send and its day) can be written in one transaction. The scheduler's own row is in
/// partition `_scheduler`, with its leases (`lease|{name}`).
///
/// | row key | what |
/// |---|---|
/// | `item|{item key}` | a follow-up handled: claimed, sent, given to the coordinator, or rejected |
/// | `day|{yyyy-MM-dd}` | the one message the person got that day |
/// | `used|{page}|{rule}|{date}` | a purpose answered through its link, with the answer |
/// | `person` | the unsubscribe |
/// | `invite|{yyyy-MM-dd}` | an invitation to the conference of that day, and its RSVP |
/// | `spot|{purpose}|{kind}` | a change for SPOT that an answer made |
/// | `task|{kind}|{key}` | work for the coordinator (`Announced`: told in Teams) |
/// | `attended|{session}` | the person came to that workshop session (WorkshopAttendance; its SPOT change beside it) |
internal static class FollowUpRows
{
    /// How answers and SPOT changes are written into their rows.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string SchedulerPartition = "_scheduler";
    public const string RunRow = "run";
    public const string PersonRow = "person";
    public const string ItemPrefix = "item|";
    public const string DayPrefix = "day|";
    public const string UsedPrefix = "used|";
    public const string InvitePrefix = "invite|";
    public const string SpotPrefix = "spot|";
    public const string TaskPrefix = "task|";
    public const string LeasePrefix = "lease|";

    public static string Partition(string participantId) => Escape(participantId);

    public static string ItemRow(string key) => ItemPrefix + Escape(key);
    public static string DayRow(DateOnly day) => DayPrefix + Date(day);
    public static string UsedRow(string purposeKey) => UsedPrefix + Escape(purposeKey);
    public static string InviteRow(DateOnly conferenceOn) => InvitePrefix + Date(conferenceOn);
    public static string SpotRow(string purposeKey, string kind) => SpotPrefix + Escape(purposeKey) + "|" + kind;
    public static string TaskRow(string kind, string key) => TaskPrefix + kind + "|" + Escape(key);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// Table keys may not hold / \ # ? or control characters; SPOT ids are not promised free of
    /// them. `%` is escaped too, so the mapping is reversible.
    public static string Escape(string value)
    {
        if (!value.Any(NeedsEscape)) return value;
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
            if (NeedsEscape(c)) builder.Append('%').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        return builder.ToString();
    }

    public static string Unescape(string value)
    {
        if (!value.Contains('%')) return value;
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
            if (value[i] == '%' && i + 4 < value.Length && int.TryParse(value.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 4;
            }
            else builder.Append(value[i]);
        return builder.ToString();
    }

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
