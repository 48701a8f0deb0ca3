using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// Section `IntakeForm`: the public form's protections. The defaults suit the program; every
/// limit is per instance of the app (see docs/intake-form.md).
public sealed class IntakeFormOptions
{
    public const string Section = "IntakeForm";

    /// Largest request body accepted; the form itself is about 1 KB.
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 16 * 1024;

    /// A submission sooner than this after the form was served is refused (the time trap).
    [Range(0, 60)]
    public int MinSecondsToSubmit { get; set; } = 3;

    /// Submissions (POSTs) allowed per client address in each window.
    [Range(1, 10_000)]
    public int SubmissionsPerWindow { get; set; } = 20;

    [Range(1, 1440)]
    public int SubmissionWindowMinutes { get; set; } = 10;

    /// Type-ahead searches allowed per client address per minute.
    [Range(1, 100_000)]
    public int SearchesPerMinute { get; set; } = 120;

    /// The header a trusted front end appends the client's address to (Azure's front ends
    /// append to X-Forwarded-For); its rightmost entry is used. Empty: the connection's address.
    public string ClientAddressHeader { get; set; } = "X-Forwarded-For";
}
