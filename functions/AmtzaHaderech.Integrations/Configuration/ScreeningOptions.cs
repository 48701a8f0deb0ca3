using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.Configuration;

/// Section `Screening`: entry-criteria thresholds (docs/screening.md). Each criterion has a band that
/// meets it, a borderline band that goes to the routing call, and a failing band. Validated at
/// start: each value in its range, and each borderline band outside its meets band.
public sealed class ScreeningOptions : IValidatableObject
{
    public const string Section = "Screening";

    [Range(0, 120)] public int AgeMin { get; set; } = 45;
    [Range(0, 120)] public int AgeMax { get; set; } = 75;
    [Range(0, 120)] public int AgeBorderlineMin { get; set; } = 43;
    [Range(0, 120)] public int AgeBorderlineMax { get; set; } = 77;

    /// Out of work at least: months >= this meets; below is borderline.
    [Range(0, 1200)] public int OutOfWorkMinMonths { get; set; } = 1;

    /// Out of work at most: <= meets; up to the borderline limit is borderline; above fails.
    [Range(0, 1200)] public int OutOfWorkMaxMonths { get; set; } = 120;
    [Range(0, 1200)] public int OutOfWorkMaxBorderlineMonths { get; set; } = 240;

    [Range(0, 100)] public int ScopeMinPercent { get; set; } = 33;
    [Range(0, 100)] public int ScopeBorderlinePercent { get; set; } = 25;

    [Range(0, 80)] public int ExperienceMinYears { get; set; } = 10;
    [Range(0, 80)] public int ExperienceBorderlineYears { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(AgeBorderlineMin <= AgeMin && AgeMin <= AgeMax && AgeMax <= AgeBorderlineMax))
            yield return Wrong("AgeBorderlineMin <= AgeMin <= AgeMax <= AgeBorderlineMax", nameof(AgeMin));
        if (!(OutOfWorkMinMonths <= OutOfWorkMaxMonths && OutOfWorkMaxMonths <= OutOfWorkMaxBorderlineMonths))
            yield return Wrong("OutOfWorkMinMonths <= OutOfWorkMaxMonths <= OutOfWorkMaxBorderlineMonths", nameof(OutOfWorkMaxMonths));
        if (ScopeBorderlinePercent > ScopeMinPercent)
            yield return Wrong("ScopeBorderlinePercent <= ScopeMinPercent", nameof(ScopeBorderlinePercent));
        if (ExperienceBorderlineYears > ExperienceMinYears)
            yield return Wrong("ExperienceBorderlineYears <= ExperienceMinYears", nameof(ExperienceBorderlineYears));
    }

    private static ValidationResult Wrong(string rule, string member) => new($"Screening: {rule} must hold.", [member]);
}
