using Azure;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// Where a participant stands with a session. `booked` holds a seat; `waiting` is on the waiting
/// list (in `Seq` order); `offered` holds a seat a cancellation freed until `OfferUntil`, for the
/// person to take (then `booked`) or leave; `cancelled` and `lapsed` (an offer not taken in time)
/// hold nothing.
internal static class SignUpStates
{
    public const string Booked = "booked";
    public const string Waiting = "waiting";
    public const string Offered = "offered";
    public const string Cancelled = "cancelled";
    public const string Lapsed = "lapsed";

    /// States that take one of the session's seats.
    public static bool HoldsSeat(string state) => state is Booked or Offered;
}

/// One participant's sign-up to a session, as the planner reads it; stored by
/// FollowUps/Workshops (SignUpRows), the seats' table.
public sealed record WorkshopSignUp(
    string SessionId, string ParticipantId, string State, long Seq, DateTimeOffset SignedUpAt,
    DateTimeOffset? OfferedAt, DateTimeOffset? OfferUntil, ETag ETag);
