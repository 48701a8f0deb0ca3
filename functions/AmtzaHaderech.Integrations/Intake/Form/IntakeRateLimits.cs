using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The per-address limits of this instance: one for submissions, one for type-ahead searches.
public sealed class IntakeRateLimits(IOptions<IntakeFormOptions> options, TimeProvider clock)
{
    public RequestRateLimiter Submissions { get; } =
        new(options.Value.SubmissionsPerWindow, TimeSpan.FromMinutes(options.Value.SubmissionWindowMinutes), clock);

    public RequestRateLimiter Searches { get; } = new(options.Value.SearchesPerMinute, TimeSpan.FromMinutes(1), clock);
}
