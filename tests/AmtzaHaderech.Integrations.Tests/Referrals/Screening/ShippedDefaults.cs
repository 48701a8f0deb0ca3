using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals.Screening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tests.Referrals.Screening;

/// The configuration the library ships (Data/appsettings.defaults.json), so the tests check the
/// defaults the contracts name rather than a copy of them.
internal static class ShippedDefaults
{
    private static readonly IConfiguration Configuration = Load();

    public static CentersOptions Centers() => Configuration.GetSection(CentersOptions.Section).Get<CentersOptions>()!;

    public static ScreeningOptions Screening() => Configuration.GetSection(ScreeningOptions.Section).Get<ScreeningOptions>()!;

    public static FacebookOptions Facebook() => Configuration.GetSection(FacebookOptions.Section).Get<FacebookOptions>()!;

    public static MunicipalOptions Municipal() => Configuration.GetSection(MunicipalOptions.Section).Get<MunicipalOptions>()!;

    public static CenterDirectory Directory() => new(Options.Create(Centers()));

    public static Screener Screener() => new(Options.Create(Screening()), Directory());

    private static IConfiguration Load()
    {
        var stream = typeof(HubRegistration).Assembly.GetManifestResourceStream("AmtzaHaderech.Integrations.Data.appsettings.defaults.json")
            ?? throw new InvalidOperationException("The defaults resource is missing.");
        return new ConfigurationBuilder().AddJsonStream(stream).Build();
    }
}
