using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Tests.Reports;

internal static class SampleData
{
    public static string SpotExportFolder => Path.Combine(AppContext.BaseDirectory, "samples", "spot-export");

    public static readonly string[] Centers = ["tlv", "ksb", "mod"];

    /// The samples' centers and two of their coordinators, named as the default configuration names them.
    public static readonly ReportNames Names = new(
    [
        new CenterOptions { Id = "tlv", Name = "תל אביב" },
        new CenterOptions
        {
            Id = "ksb",
            Name = "כפר סבא",
            Coordinators =
            [
                new CoordinatorOptions { Id = "ksb-coord-1@example.org", Name = "מיכל אברהם", TeamsUser = "ksb-coord-1@example.org" },
                new CoordinatorOptions { Id = "ksb-coord-2@example.org", Name = "יוסי מזרחי" },
            ],
        },
        new CenterOptions { Id = "mod", Name = "מודיעין" },
    ]);

    private static readonly Lazy<Task<SpotSnapshot>> Snapshot =
        new(() => SpotExportReader.ReadFolderAsync(SpotExportFolder));

    public static Task<SpotSnapshot> LoadAsync() => Snapshot.Value;
}
