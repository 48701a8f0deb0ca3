using System.Diagnostics.CodeAnalysis;

namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// A data row that could not be imported: `row` is the 1-based data row (records, not lines);
/// `reason` is `<problem>:<column>`, e.g. `missing:participant_id`, `bad_date:start_date`.
public sealed record SpotQuarantine(string File, int Row, string Reason);

/// One data row of an export file: either its record or why it was quarantined.
public sealed record SpotRow<T>(int Row, T? Record, SpotQuarantine? Quarantine) where T : class
{
    [MemberNotNullWhen(true, nameof(Quarantine))]
    [MemberNotNullWhen(false, nameof(Record))]
    public bool IsQuarantined => Quarantine is not null;
}

/// The reasons a row is quarantined, as written into `SpotQuarantine.Reason`.
internal static class SpotQuarantineReasons
{
    public static string Missing(string column) => $"missing:{column}";
    public static string BadDate(string column) => $"bad_date:{column}";
    public static string BadNumber(string column) => $"bad_number:{column}";
    public static string BadCode(string column) => $"bad_code:{column}";
    public static string BadBoolean(string column) => $"bad_boolean:{column}";
    public const string UnknownParticipant = "unknown_participant:participant_id";
}
