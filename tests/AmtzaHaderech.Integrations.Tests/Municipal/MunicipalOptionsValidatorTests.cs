using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tests.Municipal;

public sealed class MunicipalOptionsValidatorTests
{
    private readonly MunicipalOptionsValidator validator = new(Options.Create(ShippedDefaults.Centers()));

    private ValidateOptionsResult Validate(Action<MunicipalProfile> change)
    {
        var options = ShippedDefaults.Municipal();
        change(options.Find("kfar-saba")!);
        return validator.Validate(null, options);
    }

    [Fact]
    public void Validate_ShippedProfiles_Succeed()
    {
        var options = ShippedDefaults.Municipal();

        Assert.Equal(["kfar-saba", "modiin"], options.Profiles.Keys.Order());
        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("Format", "ods", "Format must be csv or xlsx")]
    [InlineData("Encoding", "latin1", "Encoding must be utf-8, windows-1255 or auto")]
    [InlineData("Delimiter", "|", "Delimiter must be ',', ';' or a tab")]
    [InlineData("Center", "haifa", "Center 'haifa' is no configured center")]
    [InlineData("Municipality", "Kfar Saba", "Municipality:Id must be lower-case letters, digits and '-'")]
    public void Validate_BadSetting_FailsNamingProfileAndSetting(string setting, string value, string message)
    {
        var result = Validate(p =>
        {
            switch (setting)
            {
                case "Format": p.Format = value; break;
                case "Encoding": p.Encoding = value; break;
                case "Delimiter": p.Delimiter = value; break;
                case "Center": p.Center = value; break;
                default: p.Municipality.Id = value; break;
            }
        });

        Assert.True(result.Failed);
        Assert.Contains($"Municipal:Profiles:kfar-saba: {message}", result.Failures!);
    }

    [Fact]
    public void Validate_UnknownCanonicalField_Fails()
    {
        var result = Validate(p => p.Columns["שכונה"] = "neighbourhood");

        Assert.Contains("Municipal:Profiles:kfar-saba: Columns:שכונה: 'neighbourhood' is no canonical field", result.Failures!);
    }

    [Fact]
    public void Validate_NoConsentColumn_Fails()
    {
        var result = Validate(p => p.Columns.Remove("מאשר/ת קבלת עדכונים"));

        Assert.Contains("Municipal:Profiles:kfar-saba: Columns map no consent column", result.Failures!);
        Assert.Contains("Municipal:Profiles:kfar-saba: Required 'consent' has no column in Columns", result.Failures!);
    }

    [Fact]
    public void Validate_Delimiters_CommaSemicolonAndTabAccepted()
    {
        Assert.All([",", ";", "\t", "\\t", "tab"], d => Assert.True(Validate(p => p.Delimiter = d).Succeeded));
    }
}
