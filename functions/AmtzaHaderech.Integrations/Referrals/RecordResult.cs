using System.Text.Json.Serialization;

namespace AmtzaHaderech.Integrations.Referrals;

public static class Outcomes
{
    public const string Accepted = "accepted";
    public const string Merged = "merged";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
    public const string Review = "review";
    public const string NoConsent = "no_consent";

    public static readonly string[] All = [Accepted, Merged, Duplicate, Rejected, Review, NoConsent];
}

/// One record's outcome, as `--json` prints it (docs/cli.md).
public sealed record RecordResult
{
    public required string Key { get; init; }
    public required string Outcome { get; init; }
    public string? Reason { get; init; }
    public string? ParticipantId { get; init; }
    public string? Screening { get; init; }
    public string? ScreeningReason { get; init; }

    [JsonIgnore] public int Row { get; init; }
}
