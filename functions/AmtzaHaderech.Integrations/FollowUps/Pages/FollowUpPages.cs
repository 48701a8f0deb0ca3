using System.Text.Json;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Invitations;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The participants' pages behind their personal links, for both hosts: `/s/{token}` the
/// status check-in, `/r/{token}` the conference RSVP, `/u/{token}` unsubscribe. GET shows, POST
/// answers (mail scanners open links, so a GET never changes anything). A link that is tampered
/// with, expired or already used gets the same polite page, with the center's phone and nothing else.
public sealed partial class FollowUpPages(
    LinkSigner signer, FollowUpAnswers answers, SpotForwarder forwarder, HubStorage storage, CenterDirectory centers,
    ParticipantStore people, FollowUpStore store, IOptions<FollowUpsOptions> rules, TimeProvider clock, ILogger<FollowUpPages> logger)
{
    public async Task<PageResponse> HandleAsync(HttpRequest request, char page, string token, CancellationToken cancellationToken = default)
    {
        var reading = signer.Read(token, page);
        if (reading.Token is not { } link) return Polite(404, null);
        var person = await PersonAsync(link.ParticipantId, cancellationToken);
        var phones = Phones(person);
        if (reading.Check == LinkCheck.Expired || await answers.IsUsedAsync(link, cancellationToken))
            return Polite(410, person);

        IFormCollection? form = null;
        if (HttpMethods.IsPost(request.Method))
        {
            // The intake form's bounded reader: at most MaxBodyBytes and 100 fields are read,
            // whatever the request says; more is refused, never a fault.
            var (problem, fields) = await FormBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
            if (problem is FormBody.Problem.TooLarge or FormBody.Problem.Malformed)
                return Unreadable(problem == FormBody.Problem.TooLarge ? 413 : 400, person);
            // Not a form at all (no body, another content type): the page, as for a GET.
            if (problem == FormBody.Problem.None)
                form = new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value), StringComparer.Ordinal));
        }
        var firstName = person?.FirstName;
        switch (page)
        {
            case LinkPages.Status:
                {
                    var status = form is null ? StatusForm.Empty : StatusForm.Read(form);
                    var errors = form is null ? [] : status.Errors();
                    if (form is null || errors.Count > 0)
                        return new(form is null ? 200 : 400, PageHtml.Page(StatusPageView.Title, StatusPageView.Form(firstName, status, errors), phones));
                    var answer = status.ToAnswer();
                    if (!await answers.RecordStatusAsync(link, answer, cancellationToken)) return Polite(410, person);
                    await AnsweredAsync(link, cancellationToken);
                    return new(200, PageHtml.Page(StatusPageView.Title, StatusPageView.Thanks(firstName, answer), phones));
                }
            case LinkPages.Rsvp:
                {
                    return await RsvpAsync(link, person, form, phones, cancellationToken);
                }
            default:
                {
                    if (form?["confirm"].ToString() != "yes")
                        return new(200, PageHtml.Page(OtherPageViews.UnsubscribeTitle, OtherPageViews.Unsubscribe(firstName), phones));
                    if (!await answers.UnsubscribeAsync(link, cancellationToken)) return Polite(410, person);
                    await AnsweredAsync(link, cancellationToken);
                    return new(200, PageHtml.Page(OtherPageViews.UnsubscribeTitle, OtherPageViews.Unsubscribed, phones));
                }
        }
    }

    private async Task<PageResponse> RsvpAsync(
        LinkToken link, SpotParticipant? person, IFormCollection? form, IReadOnlyList<CenterOptions> phones, CancellationToken cancellationToken)
    {
        var otherDates = RsvpForm.OtherDates(rules.Value, person?.Center, link.Date, IsraelTime.Today(clock),
            await store.InvitationsOfAsync(link.ParticipantId, cancellationToken));
        var rsvp = form is null ? RsvpForm.Empty : RsvpForm.Read(form);
        var errors = rsvp.Errors(otherDates);
        if (!rsvp.IsAnswer || errors.Count > 0)
            return new(errors.Count > 0 ? 400 : 200,
                PageHtml.Page(RsvpPageView.Title, RsvpPageView.Form(person?.FirstName, link.Date, otherDates, rsvp, errors), phones));
        var choice = rsvp.ToChoice(otherDates);
        var recorded = choice.MovedTo is { } movedTo
            ? await answers.RecordRsvpMoveAsync(link, movedTo, cancellationToken)
            : await answers.RecordRsvpAsync(link, choice.Coming, cancellationToken);
        if (!recorded) return Polite(410, person);
        await AnsweredAsync(link, cancellationToken);
        return new(200, PageHtml.Page(RsvpPageView.Title, RsvpPageView.Thanks(choice, link.Date), phones));
    }

    // The answer is stored; SPOT hears of it now if it can, else at the scheduler's next run.
    private async Task AnsweredAsync(LinkToken link, CancellationToken cancellationToken)
    {
        LogAnswered(link.ParticipantId, link.Page);
        try { await forwarder.ForwardAsync(link.ParticipantId, cancellationToken); }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException) { LogForwardLater(e, link.ParticipantId); }
    }

    // The pages' forms are a few hundred bytes; the employer and role (200 letters each) the most.
    private const int MaxBodyBytes = 16 * 1024;

    private const string UnreadableTitle = "לא הצלחנו לקרוא את התשובה";

    private PageResponse Unreadable(int status, SpotParticipant? person)
    {
        LogUnreadable(status);
        return new(status, PageHtml.Page(UnreadableTitle,
            $"<h1>{UnreadableTitle}</h1><p>מה שנשלח אינו התשובה שהעמוד מצפה לה, ולכן היא לא נשמרה. אפשר לחזור לקישור ולנסות שוב.</p>" +
            "<p>אם רצית לעדכן אותנו, נשמח לשמוע ממך בטלפון.</p>", Phones(person)));
    }

    private PageResponse Polite(int status, SpotParticipant? person) =>
        new(status, PageHtml.Page(OtherPageViews.InvalidTitle, OtherPageViews.Invalid, Phones(person)));

    private IReadOnlyList<CenterOptions> Phones(SpotParticipant? person) =>
        centers.ById(person?.Center) is { } center ? [center] : centers.Centers;

    // The SPOT mirror's row of the person (the hub's record of a lead invited to a conference):
    // their first name for the greeting, their center's phone.
    private async Task<SpotParticipant?> PersonAsync(string participantId, CancellationToken cancellationToken)
    {
        var row = await storage.Table(StorageNames.Tables.SpotParticipants).GetEntityIfExistsAsync<TableEntity>(
            participantId, SpotMirrorStore.ParticipantRow, select: ["Data"], cancellationToken: cancellationToken);
        if (row.HasValue && row.Value!.GetString("Data") is { } data) return JsonSerializer.Deserialize<SpotParticipant>(data, ParticipantStore.Json);
        return await people.GetAsync(participantId, cancellationToken) is { } lead ? InviteeContact.From(participantId, lead.Participant) : null;
    }

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning, Message = "Answer of participant {ParticipantId} goes to the SPOT outbox at the next run")]
    private partial void LogForwardLater(Exception exception, string participantId);

    [LoggerMessage(EventId = 4212, Level = LogLevel.Warning, Message = "Personal page answer refused unread: {Status}")]
    private partial void LogUnreadable(int status);

    [LoggerMessage(EventId = 4210, Level = LogLevel.Information, Message = "Participant {ParticipantId} answered on page {Page}")]
    private partial void LogAnswered(string participantId, char page);
}
