using AmtzaHaderech.Integrations.Configuration;
using Microsoft.Extensions.Configuration;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// Centers' and coordinators' names as the shipped configuration gives them (the samples').
internal static class DefaultNames
{
    private static readonly Lazy<ReportNames> Names = new(() =>
    {
        using var defaults = typeof(CentersOptions).Assembly.GetManifestResourceStream("AmtzaHaderech.Integrations.Data.appsettings.defaults.json")!;
        var centers = new CentersOptions();
        new ConfigurationBuilder().AddJsonStream(defaults).Build().GetSection(CentersOptions.Section).Bind(centers);
        return new ReportNames(centers.Items);
    });

    public static ReportNames Load() => Names.Value;
}
