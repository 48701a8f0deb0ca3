namespace AmtzaHaderech.Integrations.Configuration;

/// Section `Screening`: entry-criteria thresholds (docs/screening.md). Each criterion has a band that
/// meets it, a borderline band that goes to the routing call, and a failing band.
public sealed class ScreeningOptions
{
    public const string Section = "Screening";

    public int AgeMin { get; set; } = 45;
    public int AgeMax { get; set; } = 75;
    public int AgeBorderlineMin { get; set; } = 43;
    public int AgeBorderlineMax { get; set; } = 77;

    /// Out of work at least: months >= this meets; below is borderline.
    public int OutOfWorkMinMonths { get; set; } = 1;

    /// Out of work at most: <= meets; up to the borderline limit is borderline; above fails.
    public int OutOfWorkMaxMonths { get; set; } = 120;
    public int OutOfWorkMaxBorderlineMonths { get; set; } = 240;

    public int ScopeMinPercent { get; set; } = 33;
    public int ScopeBorderlinePercent { get; set; } = 25;

    public int ExperienceMinYears { get; set; } = 10;
    public int ExperienceBorderlineYears { get; set; } = 5;
}
