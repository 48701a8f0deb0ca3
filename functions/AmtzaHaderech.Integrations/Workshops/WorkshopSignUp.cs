using AmtzaHaderech.Integrations.FollowUps.State;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Workshops;

/// Where a participant stands with a session. `booked` holds a seat; `waiting` is on the waiting
/// list (in `Seq` order); `offered` holds a seat a cancellation freed until `OfferUntil`, for the
/// person to take (then `booked`) or leave; `cancelled` and `lapsed` (an offer not taken in time)
/// hold nothing.
public static class SignUpStates
{
    public const string Booked = "booked";
    public const string Waiting = "waiting";
    public const string Offered = "offered";
    public const string Cancelled = "cancelled";
    public const string Lapsed = "lapsed";

    /// States that take one of the session's seats.
    public static bool HoldsSeat(string state) => state is Booked or Offered;
}

/// One participant's row in a session's partition (`p|{participant}`).
public sealed record WorkshopSignUp(
    string SessionId, string ParticipantId, string State, long Seq, DateTimeOffset SignedUpAt,
    DateTimeOffset? OfferedAt, DateTimeOffset? OfferUntil, ETag ETag)
{
    internal const string RowPrefix = "p|";
    internal const string SeatsRow = "seats";

    internal static string RowOf(string participantId) => RowPrefix + FollowUpRows.Escape(participantId);

    internal static WorkshopSignUp From(TableEntity row) => new(
        row.PartitionKey, FollowUpRows.Unescape(row.RowKey[RowPrefix.Length..]), row.GetString("State"), row.GetInt64("Seq") ?? 0,
        row.GetDateTimeOffset("SignedUpAt") ?? default, row.GetDateTimeOffset("OfferedAt"), row.GetDateTimeOffset("OfferUntil"), row.ETag);

    internal TableEntity ToEntity() => new(SessionId, RowOf(ParticipantId))
    {
        ["State"] = State,
        ["Seq"] = Seq,
        ["SignedUpAt"] = SignedUpAt,
        ["OfferedAt"] = OfferedAt,
        ["OfferUntil"] = OfferUntil,
    };
}

/// A session's counter row (`seats`): the seats held (booked and offered), the people waiting,
/// and the next waiting-list number. Every change of a sign-up changes it too, in the same
/// transaction under its ETag: that is what keeps the seats from being oversold.
public sealed record SeatCount(int Held, int Waiting, long NextSeq, ETag ETag)
{
    public static readonly SeatCount None = new(0, 0, 1, default);

    /// Seats a newcomer can take: none while anyone waits (the list goes first).
    public int FreeFor(int capacity) => Waiting > 0 ? 0 : Math.Max(0, capacity - Held);

    internal static SeatCount From(TableEntity row) =>
        new(row.GetInt32("Held") ?? 0, row.GetInt32("Waiting") ?? 0, row.GetInt64("NextSeq") ?? 1, row.ETag);

    internal TableEntity ToEntity(string sessionId) =>
        new(sessionId, WorkshopSignUp.SeatsRow) { ["Held"] = Held, ["Waiting"] = Waiting, ["NextSeq"] = NextSeq };
}

/// What a sign-up did: `Booked` a seat; `Waiting` on the list at `Position` (the session was
/// full when the answer arrived, whatever the page showed when it was opened); `Already` the
/// person held a seat or a place on the list already.
public enum SignUpOutcome { Booked, Waiting, Already }

public sealed record SignUpResult(SignUpOutcome Outcome, string State, int? Position = null);
