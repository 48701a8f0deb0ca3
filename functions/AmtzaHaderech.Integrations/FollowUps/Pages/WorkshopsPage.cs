using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The workshops page (`/w/{token}`, docs/workshops.md): the person's center's coming sessions
/// with the seats left and where they stand in each; "I'll come", "cancel", and a seat offered
/// from the waiting list taken or left. A form per session, naming it; the seat is decided by
/// WorkshopSeats when the answer arrives, so a page opened while a seat was left and sent after
/// the session filled puts the person on the waiting list and says so.
public sealed partial class WorkshopsPage(WorkshopSeats seats, IOptions<FollowUpsOptions> rules, TimeProvider clock, ILogger<WorkshopsPage> logger)
{
    /// Sessions this many days ahead are listed.
    public const int DaysShown = 60;

    internal async Task<PageResponse> HandleAsync(LinkToken link, PageReader reader, IFormCollection? form, CancellationToken cancellationToken)
    {
        var today = IsraelTime.Today(clock);
        var sessions = WorkshopCalendar.Between(rules.Value, reader.Center, today, today.AddDays(DaysShown)).ToList();
        string? done = null;
        var status = 200;
        if (form is not null && StatusForm.One(form, "action") is { } action)
        {
            var chosen = sessions.FirstOrDefault(s => s.Id == StatusForm.One(form, "session"));
            (status, done) = chosen is null
                ? (400, reader.Texts.Html("workshops.done.unknown"))
                : (200, await AnswerAsync(link.ParticipantId, chosen, action, reader, cancellationToken));
        }
        var rows = new List<WorkshopRow>();
        foreach (var session in sessions)
        {
            var mine = await seats.SignUpOfAsync(session.Id, link.ParticipantId, cancellationToken);
            var position = mine?.State == SignUpStates.Waiting ? await seats.PositionAsync(mine, cancellationToken) : (int?)null;
            rows.Add(new WorkshopRow(session, (await seats.CountAsync(session.Id, cancellationToken)).FreeFor(session.Seats), mine, position));
        }
        return new(status, reader.Page(WorkshopsPageView.Title(reader), WorkshopsPageView.Body(reader, rows, done)));
    }

    // What the answer did, in the page's words; an answer that does not fit the person's state
    // (a second click, a stale page) changes nothing and shows where they stand.
    private async Task<string?> AnswerAsync(string participantId, WorkshopSession session, string action, PageReader reader, CancellationToken cancellationToken)
    {
        var t = reader.Texts;
        var title = ("title", PageHtml.E(session.TitleIn(t.Language)));
        switch (action)
        {
            case WorkshopActions.Come or WorkshopActions.JoinWaiting:
                var result = await seats.SignUpAsync(session, participantId, cancellationToken);
                LogAnswer(participantId, session.Id, result.State);
                var position = ("position", (result.Position ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
                // "I'll come" to a session that filled meanwhile says it is full; asking for the
                // waiting list says only where they stand on it.
                var waitingText = action == WorkshopActions.Come ? "workshops.done.full" : "workshops.done.waiting";
                return result.Outcome switch
                {
                    SignUpOutcome.Booked => t.Html("workshops.done.booked", title),
                    SignUpOutcome.Waiting => t.Html(waitingText, title, position),
                    _ => null,
                };
            case WorkshopActions.Cancel:
                if (!await seats.CancelAsync(session.Id, participantId, cancellationToken)) return null;
                LogAnswer(participantId, session.Id, SignUpStates.Cancelled);
                return t.Html("workshops.done.cancelled", title);
            case WorkshopActions.Take:
                var taken = await seats.TakeOfferAsync(session.Id, participantId, cancellationToken);
                LogAnswer(participantId, session.Id, taken ? SignUpStates.Booked : SignUpStates.Lapsed);
                return t.Html(taken ? "workshops.done.taken" : "workshops.done.offer-gone", title);
            default:
                return null;
        }
    }

    [LoggerMessage(EventId = 4260, Level = LogLevel.Information, Message = "Participant {ParticipantId} answered on workshop {SessionId}: {State}")]
    private partial void LogAnswer(string participantId, string sessionId, string state);
}

/// The values of the workshops page's `action` buttons.
internal static class WorkshopActions
{
    public const string Come = "come";
    public const string JoinWaiting = "wait";
    public const string Cancel = "cancel";
    public const string Take = "take";
}

/// A session as the page shows it to one person: seats a newcomer can take, and their own row.
public sealed record WorkshopRow(WorkshopSession Session, int Free, WorkshopSignUp? Mine, int? Position);
