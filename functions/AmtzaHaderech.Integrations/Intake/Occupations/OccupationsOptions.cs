namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// Section `Occupations`. ExtraListPath names a JSON file of staff-added occupations (same shape as
/// the built-in list); a relative path is resolved against the application's base directory.
public sealed class OccupationsOptions
{
    public const string Section = "Occupations";

    public string? ExtraListPath { get; set; }
}
