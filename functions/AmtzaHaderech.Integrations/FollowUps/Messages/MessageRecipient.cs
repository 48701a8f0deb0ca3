using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// Who a message goes to: SPOT's row (or the hub's record of a lead), with what the hub knows
/// beside it: the language they chose (the intake form; SPOT has no such column) and the gender
/// they gave, for when SPOT has none.
public sealed record MessageRecipient(SpotParticipant Person, string? Language = null, string? Gender = null)
{
    public string? KnownGender => string.IsNullOrWhiteSpace(Person.Gender) ? Gender : Person.Gender;
}
