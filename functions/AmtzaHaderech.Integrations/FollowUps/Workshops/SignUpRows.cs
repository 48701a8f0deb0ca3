using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops;

/// A session's rows in the `workshops` table: one per participant (`p|{participant}`) and the
/// counter row (`seats`), in the session's partition.
internal static class SignUpRows
{
    internal const string RowPrefix = "p|";
    internal const string SeatsRow = "seats";

    internal static string RowOf(string participantId) => RowPrefix + FollowUpRows.Escape(participantId);

    internal static WorkshopSignUp From(TableEntity row) => new(
        row.PartitionKey, FollowUpRows.Unescape(row.RowKey[RowPrefix.Length..]), row.GetString("State"), row.GetInt64("Seq") ?? 0,
        row.GetDateTimeOffset("SignedUpAt") ?? default, row.GetDateTimeOffset("OfferedAt"), row.GetDateTimeOffset("OfferUntil"), row.ETag);

    internal static TableEntity ToEntity(this WorkshopSignUp signUp) => new(signUp.SessionId, RowOf(signUp.ParticipantId))
    {
        ["State"] = signUp.State,
        ["Seq"] = signUp.Seq,
        ["SignedUpAt"] = signUp.SignedUpAt,
        ["OfferedAt"] = signUp.OfferedAt,
        ["OfferUntil"] = signUp.OfferUntil,
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
        new(sessionId, SignUpRows.SeatsRow) { ["Held"] = Held, ["Waiting"] = Waiting, ["NextSeq"] = NextSeq };
}

/// What a sign-up did: `Booked` a seat; `Waiting` on the list at `Position` (the session was
/// full when the answer arrived, whatever the page showed when it was opened); `Already` the
/// person held a seat or a place on the list already.
public enum SignUpOutcome { Booked, Waiting, Already }

public sealed record SignUpResult(SignUpOutcome Outcome, string State, int? Position = null);
