using System.Text.Json.Serialization;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// The result of importing one export folder, in docs/cli.md's shape for `import spot-export`.
/// `Status` is `imported`, or `quarantined` when the folder was refused whole (`Reason` says why:
/// `missing_file:<file>[,<file>]`, `unreadable:manifest.json`, or `<file>:<reason>` with the
/// reader's file reasons `empty`, `encoding`, `missing_column:...`).
public sealed record SpotExportResult
{
    public const string StatusImported = "imported";
    public const string StatusQuarantined = "quarantined";

    public required string Folder { get; init; }
    public required string Status { get; init; }
    public string? Reason { get; init; }
    public required SpotExportCounts Counts { get; init; }
    public IReadOnlyList<SpotQuarantine> Quarantined { get; init; } = [];

    [JsonIgnore]
    public bool Refused => Status == StatusQuarantined;

    public static SpotExportResult Refuse(string folder, string reason) =>
        new() { Folder = folder, Status = StatusQuarantined, Reason = reason, Counts = new SpotExportCounts() };
}

public sealed record SpotExportCounts
{
    public SpotRowCounts Participants { get; init; } = new();
    public SpotRowCounts Employment { get; init; } = new();
    public SpotRowCounts Activities { get; init; } = new();

    /// Whether any row was written: only then does the mirror change.
    [JsonIgnore]
    public bool Changed => Participants.Imported + Employment.Imported + Activities.Imported > 0;
}

/// Rows of one file: `Imported` were new or changed and written, `Unchanged` were already stored
/// exactly so, `Quarantined` were not imported (listed with their reasons).
public sealed class SpotRowCounts
{
    public int Imported { get; set; }
    public int Unchanged { get; set; }
    public int Quarantined { get; set; }

    [JsonIgnore]
    public int Total => Imported + Unchanged + Quarantined;
}
