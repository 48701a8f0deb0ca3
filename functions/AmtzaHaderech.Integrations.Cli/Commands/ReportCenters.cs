using AmtzaHaderech.Integrations.Configuration;
using Microsoft.Extensions.Configuration;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// The configured centers, in report order, and the names reports give centers and
/// coordinators, without starting the hub: the library's embedded defaults, then the
/// `--config` file when given.
internal static class ReportCenters
{
    private const string DefaultsResource = "AmtzaHaderech.Integrations.Data.appsettings.defaults.json";

    public static IReadOnlyList<string> Configured(string? configFile) => [.. Load(configFile).Items.Select(c => c.Id)];

    public static ReportNames Names(string? configFile) => new(Load(configFile).Items);

    private static CentersOptions Load(string? configFile)
    {
        using var defaults = typeof(CentersOptions).Assembly.GetManifestResourceStream(DefaultsResource)
            ?? throw new InvalidOperationException($"Missing embedded resource {DefaultsResource}.");
        var builder = new ConfigurationBuilder().AddJsonStream(defaults);
        if (configFile is not null) builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        var centers = new CentersOptions();
        builder.Build().GetSection(CentersOptions.Section).Bind(centers);
        return centers;
    }
}
