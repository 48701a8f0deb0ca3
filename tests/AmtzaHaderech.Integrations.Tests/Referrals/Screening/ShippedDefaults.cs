using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals.Screening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tests.Referrals.Screening;

/// The configuration the library ships (Data/appsettings.defaults.json), so the tests check the
/// defaults the contracts name rather than a copy of them.
internal static class ShippedDefaults
{
    /// The hub's settings with another program name.
    public static HubOptions With(this HubOptions hub, string name)
    {
        hub.ProgramName = name;
        hub.ProgramNameTranslations.Clear();
        return hub;
    }

    private static readonly IConfiguration Configuration = Load();

    public static CentersOptions Centers() => Configuration.GetSection(CentersOptions.Section).Get<CentersOptions>()!;

    public static ScreeningOptions Screening() => Configuration.GetSection(ScreeningOptions.Section).Get<ScreeningOptions>()!;

    public static FacebookOptions Facebook() => Configuration.GetSection(FacebookOptions.Section).Get<FacebookOptions>()!;

    public static MunicipalOptions Municipal() => Configuration.GetSection(MunicipalOptions.Section).Get<MunicipalOptions>()!;

    public static IntakeExportOptions IntakeExports() => Configuration.GetSection(IntakeExportOptions.Section).Get<IntakeExportOptions>()!;

    public static CenterDirectory Directory() => new(Options.Create(Centers()));

    public static HubOptions Hub() => Configuration.GetSection(HubOptions.Section).Get<HubOptions>()!;

    /// The follow-up rules as shipped (no conferences, no venues: a deployment sets its own).
    public static FollowUpsOptions FollowUps() => Configuration.GetSection(FollowUpsOptions.Section).Get<FollowUpsOptions>() ?? new FollowUpsOptions();

    /// The participants' texts with the shipped program name (אמצע הדרך, and its ru/ar forms).
    public static Localizer Localizer() => new(Options.Create(Hub()));

    public static Screener Screener() => new(Options.Create(Screening()), Directory());

    private static IConfiguration Load()
    {
        var stream = typeof(HubRegistration).Assembly.GetManifestResourceStream("AmtzaHaderech.Integrations.Data.appsettings.defaults.json")
            ?? throw new InvalidOperationException("The defaults resource is missing.");
        return new ConfigurationBuilder().AddJsonStream(stream).Build();
    }
}
