using System.Globalization;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// Where the SPOT mirror stands: `Version` moves whenever a write changed its rows, so a copy
/// made at another version is stale; `ChangingSince` is set while a write is under way (and stays
/// set if that write died), so no copy is trusted then; `FedAt`/`FedBy` say which export import
/// or pull fed the mirror last, for the reports to print.
public sealed record SpotMirrorStatus(long Version, DateTimeOffset? ChangingSince, DateTimeOffset? FedAt, string? FedBy)
{
    public static readonly SpotMirrorStatus Never = new(0, null, null, null);

    public bool Settled => ChangingSince is null;

    /// The line the workbooks print under their title: where the data came from, and how fresh.
    public string Describe() => FedAt is { } at
        ? $"SPOT (העתק במאגר ה-hub), עודכן {TimeZoneInfo.ConvertTime(at, IsraelTime.Zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)} ({FedByLabel})"
        : "SPOT (העתק במאגר ה-hub)";

    private string FedByLabel => FedBy is { } by && by.StartsWith(SpotMirrorChanges.PullPrefix, StringComparison.Ordinal) ? "משיכה מ-SPOT" : "ייבוא ייצוא";
}
