using System.ComponentModel.DataAnnotations;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tests.Referrals.Screening;

/// docs/configuration.md: a wrong setting stops the host with a message naming it. Screening's too.
public sealed class ScreeningOptionsTests
{
    [Fact]
    public void Validate_ShippedDefaults_Hold()
    {
        var shipped = ShippedDefaults.Screening();
        var results = new List<ValidationResult>();

        Assert.True(Validator.TryValidateObject(shipped, new ValidationContext(shipped), results, validateAllProperties: true),
            string.Join("; ", results.Select(r => r.ErrorMessage)));
    }

    [Theory]
    [InlineData("Screening:AgeBorderlineMin", "47", "AgeBorderlineMin <= AgeMin")]
    [InlineData("Screening:ScopeBorderlinePercent", "40", "ScopeBorderlinePercent <= ScopeMinPercent")]
    [InlineData("Screening:AgeMax", "300", "AgeMax")]
    public void Start_WrongScreeningSetting_StopsNamingIt(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddReferralPipeline().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
