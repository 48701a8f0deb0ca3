using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals.Screening;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tests.Referrals.Screening;

/// docs/screening.md's criteria at the edges of their bands, with the shipped thresholds.
public sealed class ScreenerTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private readonly Screener screener = ShippedDefaults.Screener();

    /// Meets every criterion: 60 years old, 6 months out of work, Kfar Saba, full time, 25 years.
    private static PersonDetails Eligible() => new()
    {
        FirstName = "רונית",
        LastName = "לוי",
        BirthDate = AsOf.AddYears(-60),
        MonthsOutOfWork = 6,
        City = "כפר סבא",
        DesiredScope = 100,
        YearsOfExperience = 25,
    };

    private (string Result, string? Reason) Screen(PersonDetails person, bool areaVouched = false, DateOnly? asOf = null)
    {
        var screening = screener.Screen(person, asOf ?? AsOf, areaVouched);
        return (screening.Result, screening.Reason);
    }

    [Fact]
    public void Screen_EveryCriterionMet_EligibleWithoutCapacity()
    {
        var screening = screener.Screen(Eligible(), AsOf, areaVouched: false);
        Assert.Equal((ScreeningResults.Eligible, (string?)null), (screening.Result, screening.Reason));
        Assert.Equal(["age", "out_of_work_min", "out_of_work_max", "area", "scope", "experience"], screening.Criteria.Select(c => c.Criterion));
        Assert.Equal("60", screening.Criteria[0].Value);
    }

    [Theory]
    [InlineData(42, ScreeningResults.NotEligible)]
    [InlineData(43, ScreeningResults.RoutingCall)]
    [InlineData(44, ScreeningResults.RoutingCall)]
    [InlineData(45, ScreeningResults.Eligible)]
    [InlineData(75, ScreeningResults.Eligible)]
    [InlineData(76, ScreeningResults.RoutingCall)]
    [InlineData(77, ScreeningResults.RoutingCall)]
    [InlineData(78, ScreeningResults.NotEligible)]
    public void Screen_AgeFromBirthDate_Band(int age, string expected)
    {
        Assert.Equal((expected, expected == ScreeningResults.Eligible ? null : "age"), Screen(Eligible() with { BirthDate = AsOf.AddYears(-age) }));
        // A day before the birthday the person is a year younger.
        var dayYounger = AsOf.AddYears(-age).AddDays(1);
        Assert.Equal(age - 1, Screener.AgeAt(Eligible() with { BirthDate = dayYounger }, AsOf));
    }

    [Theory]
    [InlineData(0, ScreeningResults.RoutingCall, "out_of_work_min")]
    [InlineData(1, ScreeningResults.Eligible, null)]
    [InlineData(120, ScreeningResults.Eligible, null)]
    [InlineData(121, ScreeningResults.RoutingCall, "out_of_work_max")]
    [InlineData(240, ScreeningResults.RoutingCall, "out_of_work_max")]
    [InlineData(241, ScreeningResults.NotEligible, "out_of_work_max")]
    public void Screen_MonthsOutOfWork_Band(int months, string expected, string? reason) =>
        Assert.Equal((expected, reason), Screen(Eligible() with { MonthsOutOfWork = months }));

    [Theory]
    [InlineData(24, ScreeningResults.NotEligible)]
    [InlineData(25, ScreeningResults.RoutingCall)]
    [InlineData(32, ScreeningResults.RoutingCall)]
    [InlineData(33, ScreeningResults.Eligible)]
    public void Screen_DesiredScope_Band(int scope, string expected) =>
        Assert.Equal((expected, expected == ScreeningResults.Eligible ? null : "scope"), Screen(Eligible() with { DesiredScope = scope }));

    [Theory]
    [InlineData(4, ScreeningResults.NotEligible)]
    [InlineData(5, ScreeningResults.RoutingCall)]
    [InlineData(9, ScreeningResults.RoutingCall)]
    [InlineData(10, ScreeningResults.Eligible)]
    public void Screen_YearsOfExperience_Band(int years, string expected) =>
        Assert.Equal((expected, expected == ScreeningResults.Eligible ? null : "experience"), Screen(Eligible() with { YearsOfExperience = years }));

    public static TheoryData<PersonDetails, string> MissingFields => new()
    {
        { Eligible() with { BirthDate = null }, "age" },
        { Eligible() with { MonthsOutOfWork = null }, "out_of_work_min" },
        { Eligible() with { City = null }, "area" },
        { Eligible() with { DesiredScope = null }, "scope" },
        { Eligible() with { YearsOfExperience = null }, "experience" },
        { Eligible() with { DesiredScope = null, MonthsOutOfWork = null, YearsOfExperience = null }, "out_of_work_min" },
        { Eligible() with { BirthDate = AsOf.AddYears(-44), MonthsOutOfWork = null }, "age" }, // borderline before missing
        { Eligible() with { MonthsOutOfWork = 0, City = "" }, "out_of_work_min" },
        { Eligible() with { YearsOfExperience = 7, DesiredScope = null }, "scope" }, // missing before borderline
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void Screen_MissingOrBorderline_RoutingCallFirstInTableOrder(PersonDetails person, string reason) =>
        Assert.Equal((ScreeningResults.RoutingCall, reason), Screen(person));

    public static TheoryData<PersonDetails, string> Failing => new()
    {
        { Eligible() with { BirthDate = AsOf.AddYears(-43), YearsOfExperience = 4 }, "experience" }, // failing wins over borderline
        { Eligible() with { BirthDate = null, DesiredScope = 24 }, "scope" }, // failing wins over missing
        { Eligible() with { BirthDate = AsOf.AddYears(-42), DesiredScope = 24 }, "age" }, // the first failing one
        { Eligible() with { City = "אילת", MonthsOutOfWork = 241 }, "out_of_work_max" },
        { Eligible() with { MonthsOutOfWork = 0, City = "אילת" }, "area" },
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Screen_AnyFailing_NotEligibleFirstFailing(PersonDetails person, string reason) =>
        Assert.Equal((ScreeningResults.NotEligible, reason), Screen(person));

    [Theory]
    [InlineData(1981, ScreeningResults.Eligible)] // 2026 - 1981 = 45, whatever the day
    [InlineData(1982, ScreeningResults.RoutingCall)]
    [InlineData(1949, ScreeningResults.RoutingCall)]
    [InlineData(1948, ScreeningResults.NotEligible)]
    public void Screen_BirthYearOnly_ReferenceYearMinusBirthYear(int year, string expected) =>
        Assert.Equal(expected, Screen(Eligible() with { BirthDate = null, BirthYear = year }, asOf: new DateOnly(2026, 1, 1)).Result);

    [Theory]
    [InlineData(44, ScreeningResults.RoutingCall)]
    [InlineData(45, ScreeningResults.Eligible)]
    [InlineData(78, ScreeningResults.NotEligible)]
    public void Screen_AgeColumnOnly_ThatAge(int age, string expected) =>
        Assert.Equal(expected, Screen(Eligible() with { BirthDate = null, Age = age }).Result);

    [Fact]
    public void AgeAt_SeveralSources_DateThenYearThenAge()
    {
        var person = Eligible() with { BirthDate = new DateOnly(1990, 6, 1), BirthYear = 1960, Age = 70 };
        Assert.Equal(36, Screener.AgeAt(person, AsOf));
        Assert.Equal(66, Screener.AgeAt(person with { BirthDate = null }, AsOf));
        Assert.Equal(70, Screener.AgeAt(person with { BirthDate = null, BirthYear = null }, AsOf));
        Assert.Null(Screener.AgeAt(person with { BirthDate = null, BirthYear = null, Age = null }, AsOf));
    }

    [Theory]
    [InlineData("2021-02-28", ScreeningResults.RoutingCall)] // born 29/02/1976: still 44 on 28 February
    [InlineData("2021-03-01", ScreeningResults.Eligible)] // 45 on 1 March
    [InlineData("2020-02-29", ScreeningResults.RoutingCall)] // 44 on the day itself in a leap year
    public void Screen_LeapDayBirthday_AgesOnFirstOfMarch(string asOf, string expected) =>
        Assert.Equal(expected, Screen(Eligible() with { BirthDate = new DateOnly(1976, 2, 29) }, asOf: DateOnly.ParseExact(asOf, "yyyy-MM-dd")).Result);

    [Theory]
    [InlineData(null, false, ScreeningResults.RoutingCall)]
    [InlineData(null, true, ScreeningResults.Eligible)] // a municipal list vouches for residence
    [InlineData("אילת", true, ScreeningResults.NotEligible)] // unless its city column names another city
    [InlineData("ת״א", false, ScreeningResults.Eligible)]
    [InlineData("Eilat", false, ScreeningResults.NotEligible)]
    public void Screen_Area_CityAndVouching(string? city, bool vouched, string expected) =>
        Assert.Equal(expected, Screen(Eligible() with { City = city }, areaVouched: vouched).Result);

    [Theory]
    [InlineData(true, ScreeningResults.Eligible, null)]
    [InlineData(false, ScreeningResults.RoutingCall, "capacity")]
    public void Screen_CapacityAsked_Considered(bool capacity, string expected, string? reason)
    {
        var screening = screener.Screen(Eligible() with { Capacity = capacity }, AsOf, areaVouched: false);
        Assert.Equal((expected, reason), (screening.Result, screening.Reason));
        Assert.Equal("capacity", screening.Criteria[^1].Criterion);
    }

    [Fact]
    public void Screen_CapacityNoAndExperienceBorderline_ExperienceFirst() =>
        Assert.Equal((ScreeningResults.RoutingCall, "experience"), Screen(Eligible() with { Capacity = false, YearsOfExperience = 5 }));

    [Fact]
    public void Screen_ConfiguredThresholds_Used()
    {
        var options = new ScreeningOptions { AgeMin = 50, AgeBorderlineMin = 48 };
        var custom = new Screener(Options.Create(options), ShippedDefaults.Directory());
        Assert.Equal(ScreeningResults.NotEligible, custom.Screen(Eligible() with { BirthDate = AsOf.AddYears(-47) }, AsOf, false).Result);
        Assert.Equal(ScreeningResults.RoutingCall, custom.Screen(Eligible() with { BirthDate = AsOf.AddYears(-49) }, AsOf, false).Result);
    }

    [Fact]
    public void ShippedDefaults_ScreeningSection_TheContractsBands()
    {
        var o = ShippedDefaults.Screening();
        Assert.Equal((45, 75, 43, 77), (o.AgeMin, o.AgeMax, o.AgeBorderlineMin, o.AgeBorderlineMax));
        Assert.Equal((1, 120, 240), (o.OutOfWorkMinMonths, o.OutOfWorkMaxMonths, o.OutOfWorkMaxBorderlineMonths));
        Assert.Equal((33, 25, 10, 5), (o.ScopeMinPercent, o.ScopeBorderlinePercent, o.ExperienceMinYears, o.ExperienceBorderlineYears));
    }
}
