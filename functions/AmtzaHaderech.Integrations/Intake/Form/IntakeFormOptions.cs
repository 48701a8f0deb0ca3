using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// Section `IntakeForm`: the public form's protections. The defaults suit the program; every
/// limit is per instance of the app (see docs/intake-form.md).
public sealed class IntakeFormOptions : IValidatableObject
{
    public const string Section = "IntakeForm";

    /// Largest request body accepted; the form itself is about 1 KB.
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 16 * 1024;

    /// A submission sooner than this after the form was served is refused (the time trap).
    [Range(0, 60)]
    public int MinSecondsToSubmit { get; set; } = 3;

    /// How long a served form's token is accepted. Later, the form comes back with every value
    /// kept and a fresh token: one more press sends it, so a slow typist loses nothing.
    [Range(10, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 120;

    /// Submissions (POSTs) allowed per client address in each window.
    [Range(1, 10_000)]
    public int SubmissionsPerWindow { get; set; } = 20;

    [Range(1, 1440)]
    public int SubmissionWindowMinutes { get; set; } = 10;

    /// Type-ahead searches allowed per client address per minute.
    [Range(1, 100_000)]
    public int SearchesPerMinute { get; set; } = 120;

    /// Addresses or networks ("10.0.0.0/24") of the front ends (reverse proxies) before the app.
    /// Only a request whose connection comes from one of them is counted against an address of
    /// its X-Forwarded-For (ClientAddress); any other against its connection's address. Empty,
    /// the default and `amtza serve`'s: the connection's address, whatever the headers say. The
    /// Functions app trusts loopback, where the Functions host forwards each request from.
    public List<string> TrustedFrontEnds { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TrustedFrontEnds.Where(e => ClientAddress.Network(e) is null)
            .Select(e => new ValidationResult($"IntakeForm:TrustedFrontEnds: '{e}' is no IP address or network", [nameof(TrustedFrontEnds)]));
}
