namespace AmtzaHaderech.Integrations.FollowUps.Answers;

/// An answer to a conference invitation: coming or not, or (not coming and) moved to another of
/// the center's conferences.
public sealed record RsvpChoice(bool Coming, DateOnly? MovedTo);

public enum RsvpOutcome
{
    /// The answer is the person's answer now (a first one, or a change).
    Recorded,
    /// The same answer as before: nothing to record.
    Unchanged,
    /// The invitation was taken back by a later answer through the first link: this link is spent.
    Withdrawn,
}
