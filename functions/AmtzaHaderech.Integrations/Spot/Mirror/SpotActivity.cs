namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// One row of SPOT's activities.csv.
public sealed record SpotActivity
{
    public required string ActivityId { get; init; }
    public required string ParticipantId { get; init; }
    public DateOnly? Date { get; init; }
    public string? Type { get; init; }
    public string? Title { get; init; }
    public string? Coordinator { get; init; }
    public string? Outcome { get; init; }

    /// An automatic outbound message with no answer; every other activity is a contact.
    public bool IsContact => Type != SpotCodes.MessageSent;
}
