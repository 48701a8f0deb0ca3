using AmtzaHaderech.Integrations.Participants;

namespace AmtzaHaderech.Integrations.Referrals;

/// The inbound channels (docs/cli.md `source`). A person's recruitment channel is another thing:
/// it uses SPOT's codes (see RecruitmentChannels).
public static class Sources
{
    public const string EmploymentService = "employment_service";
    public const string Municipal = "municipal";
    public const string Facebook = "facebook";
    public const string Intake = "intake";
}

/// SPOT's `recruitment_source` codes, in docs/spot.md's order.
public static class RecruitmentChannels
{
    public const string EmploymentService = "employment_service";
    public const string Friend = "friend";
    public const string EmploymentCenter = "employment_center";
    public const string SocialMedia = "social_media";
    public const string Municipal = "municipal";
    public const string Other = "other";

    public static readonly string[] All = [EmploymentService, Friend, EmploymentCenter, SocialMedia, Municipal, Other];
}

/// One record as a channel read it, already validated and normalized: either a person's
/// details, or the reason it is rejected. Every channel produces these; one pipeline takes them.
public sealed record InboundRecord
{
    public required string Source { get; init; }
    /// The record's key in its channel (referral number, data row number, leadgen id).
    public required string Key { get; init; }
    /// What decides "seen before" (docs/cli.md duplicate): e.g. programCode:referralId.
    public required string IdempotencyKey { get; init; }
    public required string File { get; init; }
    public required int Row { get; init; }
    /// The record's own date: screening and feedback are as of this day (docs/screening.md).
    public required DateOnly RecordDate { get; init; }
    public required string RecruitmentChannel { get; init; }
    public string? SubSource { get; init; }
    /// The record as received, column -> value, kept with the outcome.
    public required IReadOnlyDictionary<string, string?> Raw { get; init; }
    public PersonDetails? Person { get; init; }
    /// Set when the record is invalid: the docs/cli.md reason (`national_id`, `missing_field:firstName`...).
    public string? Rejection { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// False when the person declined to be contacted (an unticked consent box): the record is
    /// `no_consent`, kept for matching but neither screened nor a lead for staff.
    public bool Consented { get; init; } = true;
    /// Residence vouched for by the channel (a municipal list), unless its city says otherwise.
    public bool AreaVouched { get; init; }
    public string? CenterHint { get; init; }
}
