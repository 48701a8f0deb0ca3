using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// Where the SPOT mirror stands: `Version` moves whenever a write changed its rows, so a copy
/// made at another version is stale; `ChangingSince` is set while a write is under way (and stays
/// set if that write died), so no copy is trusted then; `FedAt`/`FedBy` say which export import
/// or pull fed the mirror last, for the reports to print.
public sealed record SpotMirrorStatus(long Version, DateTimeOffset? ChangingSince, DateTimeOffset? FedAt, string? FedBy)
{
    public static readonly SpotMirrorStatus Never = new(0, null, null, null);

    public bool Settled => ChangingSince is null;

    /// The line the workbooks print under their title: how fresh SPOT's data is, plainly
    /// ("נתוני SPOT נכון ל-26/11/2026 09:00": when an export import or a pull last fed the mirror).
    public string Describe() => FedAt is { } at ? $"נתוני SPOT נכון ל-{HebrewLabels.DateAndTime(at)}" : "נתוני SPOT";
}
