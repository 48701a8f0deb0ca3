using Azure;
using Azure.Data.Tables;
using static AmtzaHaderech.Integrations.FollowUps.State.FollowUpRows;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// An invitation row (`invite|{day}`) and its current answer: coming or not, or moved to another
/// day (`MovedTo`; that day's invitation has `MovedFrom`). `Answers` counts the answers given
/// through the link, the first and each change. `Withdrawn`: an invitation a move had made, which
/// a later answer through the first link took back.
public sealed record InvitationState(
    DateOnly ConferenceOn, bool Answered, bool? Coming, DateOnly? MovedTo, DateOnly? MovedFrom, bool Withdrawn, int Answers, ETag ETag)
{
    internal static InvitationState From(DateOnly conferenceOn, TableEntity row) => new(
        conferenceOn,
        row.GetBoolean("Answered") ?? false,
        row.GetBoolean("Coming"),
        OptionalDate(row.GetString("MovedTo")),
        OptionalDate(row.GetString("MovedFrom")),
        row.GetBoolean("Withdrawn") ?? false,
        row.GetInt32("Answers") ?? ((row.GetBoolean("Answered") ?? false) ? 1 : 0),
        row.ETag);

    private static DateOnly? OptionalDate(string? text) => string.IsNullOrEmpty(text) ? null : ParseDate(text);
}
