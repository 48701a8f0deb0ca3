using System.ComponentModel.DataAnnotations;
using AmtzaHaderech.Integrations.Spot;

namespace AmtzaHaderech.Integrations.Tests.Spot;

public sealed class SpotOptionsTests
{
    private static List<string> Problems(SpotOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }

    [Fact]
    public void Validate_FileModeWithoutUrls_IsValid()
    {
        Assert.Empty(Problems(new SpotOptions()));
    }

    [Fact]
    public void Validate_ApiModeWithoutSettings_NamesEachMissingSetting()
    {
        var problems = Problems(new SpotOptions { Mode = SpotOptions.ModeApi, BaseUrl = "https://spot.example/api" });

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("Spot__TokenUrl"));
        Assert.Contains(problems, p => p.Contains("Spot__ClientId"));
        Assert.Contains(problems, p => p.Contains("Spot__ClientSecret"));
    }

    [Fact]
    public void Validate_UnknownMode_IsRefused()
    {
        Assert.Contains(Problems(new SpotOptions { Mode = "ftp" }), p => p.Contains("Spot:Mode"));
    }
}
