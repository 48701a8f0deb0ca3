using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;

namespace AmtzaHaderech.Integrations.Tests.Intake.Exports;

public sealed class IntakeExportOptionsValidatorTests
{
    private static IntakeExportOptions With(Action<IntakeProfile> change, string id = "microsoft-forms")
    {
        var options = ShippedDefaults.IntakeExports();
        var profile = options.Find("microsoft-forms")!;
        change(profile);
        return new IntakeExportOptions { Profiles = { [id] = profile } };
    }

    [Fact]
    public void Validate_ShippedProfiles_Succeed()
    {
        var result = new IntakeExportOptionsValidator().Validate(null, ShippedDefaults.IntakeExports());

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.NotNull(ShippedDefaults.IntakeExports().Find("Microsoft-Forms"));
    }

    [Theory]
    [InlineData("Columns:שם פרטי: 'givenName' is no canonical field")]
    [InlineData("Columns map no privacyConsent column")]
    [InlineData("HeardVia:רדיו: 'radio' is no recruitment channel")]
    [InlineData("Format must be csv or xlsx")]
    public void Validate_ProfileMistake_FailsNamingTheSetting(string problem)
    {
        var options = With(profile =>
        {
            if (problem.StartsWith("Columns:")) profile.Columns["שם פרטי"] = "givenName";
            if (problem.Contains("privacyConsent")) profile.Columns.Remove("אני מאשר/ת את הודעת הפרטיות");
            if (problem.StartsWith("HeardVia")) profile.HeardVia["רדיו"] = "radio";
            if (problem.StartsWith("Format")) profile.Format = "ods";
        });

        var result = new IntakeExportOptionsValidator().Validate(null, options);

        Assert.Contains($"Intake:Profiles:microsoft-forms: {problem}", result.Failures!);
    }

    [Fact]
    public void Validate_ProfileIdWithSpaces_Fails()
    {
        var result = new IntakeExportOptionsValidator().Validate(null, With(_ => { }, "Microsoft Forms"));

        Assert.Contains("Intake:Profiles:Microsoft Forms: the profile id must be lower-case letters, digits and '-'", result.Failures!);
    }
}
