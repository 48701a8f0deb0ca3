using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.Tests.Reports;

internal static class SampleData
{
    public static string SpotExportFolder => Path.Combine(AppContext.BaseDirectory, "samples", "spot-export");

    public static readonly string[] Centers = ["tlv", "ksb", "mod"];

    private static readonly Lazy<Task<SpotExportSnapshot>> Snapshot =
        new(() => SpotExportSnapshot.LoadFolderAsync(SpotExportFolder));

    public static Task<SpotExportSnapshot> LoadAsync() => Snapshot.Value;
}
