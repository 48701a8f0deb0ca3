using System.ComponentModel.DataAnnotations;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using Microsoft.Extensions.Configuration;
using static AmtzaHaderech.Integrations.Tests.FollowUps.QuietTimesFixture;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

public sealed class QuietTimesOptionsTests
{
    [Fact]
    public void Bind_ConfiguredValues_ReplaceDefaultsIncludingTheMemorialDayList()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["QuietTimes:NightStart"] = "20:30",
            ["QuietTimes:FridayAndEveStart"] = "13:00",
            ["QuietTimes:MemorialDays:0"] = "2036-04-24",
        }).Build();

        var options = configuration.GetSection(QuietTimesOptions.Section).Get<QuietTimesOptions>()!;

        Assert.Equal(new TimeOnly(20, 30), options.NightStart);
        Assert.Equal(new TimeOnly(8, 0), options.NightEnd);
        Assert.Equal(new TimeOnly(13, 0), options.FridayAndEveStart);
        Assert.Equal([new DateOnly(2036, 4, 24)], options.MemorialDaysOrDefaults());
    }

    [Fact]
    public void MemorialDaysOrDefaults_NothingConfigured_IsTheShippedList() =>
        Assert.Same(DefaultMemorialDays.All, new QuietTimesOptions().MemorialDaysOrDefaults());

    [Fact]
    public void IsQuiet_ConfiguredMemorialDay_IsQuietUntilResumeTime()
    {
        var quiet = Create(new QuietTimesOptions { MemorialDays = [new(2036, 4, 24)] });

        Assert.True(quiet.IsQuiet(Israel("2036-04-24 10:00")));
        Assert.False(quiet.IsQuiet(Israel("2025-04-30 10:00"))); // a default no longer configured
    }

    [Fact]
    public void Validate_NightStartEqualsNightEnd_Fails()
    {
        var options = new QuietTimesOptions { NightStart = new(8, 0) };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(nameof(QuietTimesOptions.NightStart), results.Single().MemberNames);
    }
}
