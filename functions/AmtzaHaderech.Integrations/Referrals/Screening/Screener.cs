using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Participants;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Referrals.Screening;

internal static class ScreeningResults
{
    public const string Eligible = "eligible";
    public const string RoutingCall = "routing_call";
    public const string NotEligible = "not_eligible";
}

public enum Band { Meets, Borderline, Fails, Missing }

/// One criterion's verdict with the value it used (referrals show prints these).
public sealed record CriterionResult(string Criterion, Band Band, string? Value);

public sealed record Screening(string Result, string? Reason, IReadOnlyList<CriterionResult> Criteria);

/// The entry criteria of docs/screening.md, in table order, as of the record's own date.
public sealed class Screener(IOptions<ScreeningOptions> options, CenterDirectory centers)
{
    public Screening Screen(PersonDetails person, DateOnly asOf, bool areaVouched)
    {
        var o = options.Value;
        List<CriterionResult> criteria =
        [
            Age(person, asOf, o),
            Threshold("out_of_work_min", person.MonthsOutOfWork, m => m >= o.OutOfWorkMinMonths ? Band.Meets : Band.Borderline),
            Threshold("out_of_work_max", person.MonthsOutOfWork, m =>
                m <= o.OutOfWorkMaxMonths ? Band.Meets : m <= o.OutOfWorkMaxBorderlineMonths ? Band.Borderline : Band.Fails),
            Area(person.City, areaVouched),
            Threshold("scope", person.DesiredScope, s =>
                s >= o.ScopeMinPercent ? Band.Meets : s >= o.ScopeBorderlinePercent ? Band.Borderline : Band.Fails),
            Threshold("experience", person.YearsOfExperience, y =>
                y >= o.ExperienceMinYears ? Band.Meets : y >= o.ExperienceBorderlineYears ? Band.Borderline : Band.Fails),
        ];
        // Capacity is asked only by the intake form; elsewhere it is not considered.
        if (person.Capacity is { } capacity)
            criteria.Add(new CriterionResult("capacity", capacity ? Band.Meets : Band.Borderline, capacity ? "yes" : "no"));

        var failing = criteria.FirstOrDefault(c => c.Band == Band.Fails);
        if (failing is not null) return new Screening(ScreeningResults.NotEligible, failing.Criterion, criteria);
        var open = criteria.FirstOrDefault(c => c.Band is Band.Borderline or Band.Missing);
        if (open is not null) return new Screening(ScreeningResults.RoutingCall, open.Criterion, criteria);
        return new Screening(ScreeningResults.Eligible, null, criteria);
    }

    /// Age from the birth date, else the birth year (reference year - birth year), else an age column.
    public static int? AgeAt(PersonDetails person, DateOnly asOf) =>
        person.BirthDate is { } birth ? DateMath.Age(birth, asOf)
        : person.BirthYear is { } year ? asOf.Year - year
        : person.Age;

    private static CriterionResult Age(PersonDetails person, DateOnly asOf, ScreeningOptions o) =>
        Threshold("age", AgeAt(person, asOf), age =>
            age >= o.AgeMin && age <= o.AgeMax ? Band.Meets
            : age >= o.AgeBorderlineMin && age <= o.AgeBorderlineMax ? Band.Borderline
            : Band.Fails);

    private CriterionResult Area(string? city, bool vouched)
    {
        if (string.IsNullOrWhiteSpace(city))
            return new CriterionResult("area", vouched ? Band.Meets : Band.Missing, null);
        return new CriterionResult("area", centers.ForCity(city) is null ? Band.Fails : Band.Meets, city);
    }

    private static CriterionResult Threshold(string criterion, int? value, Func<int, Band> band) =>
        value is { } v ? new CriterionResult(criterion, band(v), v.ToString()) : new CriterionResult(criterion, Band.Missing, null);
}
