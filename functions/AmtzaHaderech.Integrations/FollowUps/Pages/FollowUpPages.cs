using System.Text.Json;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Invitations;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The participants' pages behind their personal links, for both hosts: `/s/{token}` the
/// status check-in, `/r/{token}` the conference RSVP, `/w/{token}` the center's workshops, `/u/{token}` unsubscribe; each in the
/// person's language, addressed to them. GET shows, POST answers (mail scanners open links, so a
/// GET never changes anything). A check-in or unsubscribe link answers once; an RSVP link shows
/// the answer and takes changes until the day before the conference. A link that is tampered
/// with, expired or spent gets the same polite page, with the center's phone and nothing else.
public sealed partial class FollowUpPages(
    LinkSigner signer, ShortLinks shortLinks, FollowUpAnswers answers, RsvpAnswersStore rsvps, SpotForwarder forwarder, HubStorage storage, CenterDirectory centers,
    ParticipantStore people, FollowUpStore store, WorkshopsPage workshops, Localizer localizer, IOptions<FollowUpsOptions> rules, TimeProvider clock, ILogger<FollowUpPages> logger)
{
    public async Task<PageResponse> HandleAsync(HttpRequest request, char page, string token, CancellationToken cancellationToken = default)
    {
        var reading = signer.Read(token, page);
        if (reading.Token is not { } link) return Polite(404, localizer.Default, centers.Centers);
        var reader = await ReaderAsync(link, cancellationToken);
        if (reading.Check == LinkCheck.Expired || (page is not (LinkPages.Rsvp or LinkPages.Workshops) && await answers.IsUsedAsync(link, cancellationToken)))
            return Polite(410, reader);

        IFormCollection? form = null;
        if (HttpMethods.IsPost(request.Method))
        {
            // The intake form's bounded reader: at most MaxBodyBytes and 100 fields are read,
            // whatever the request says; more is refused, never a fault.
            var (problem, fields) = await FormBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
            if (problem is FormBody.Problem.TooLarge or FormBody.Problem.Malformed)
                return Unreadable(problem == FormBody.Problem.TooLarge ? 413 : 400, reader);
            // Not a form at all (no body, another content type): the page, as for a GET.
            if (problem == FormBody.Problem.None)
                form = new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value), StringComparer.Ordinal));
        }
        switch (page)
        {
            case LinkPages.Status:
                {
                    var status = form is null ? StatusForm.Empty : StatusForm.Read(form);
                    var errors = form is null ? [] : status.Errors(reader.Texts);
                    if (form is null || errors.Count > 0)
                        return new(form is null ? 200 : 400, reader.Page(StatusPageView.Title(reader), StatusPageView.Form(reader, status, errors)));
                    var answer = status.ToAnswer();
                    if (!await answers.RecordStatusAsync(link, answer, cancellationToken)) return Polite(410, reader);
                    await AnsweredAsync(link, cancellationToken);
                    return new(200, reader.Page(StatusPageView.Title(reader), StatusPageView.Thanks(reader, answer)));
                }
            case LinkPages.Rsvp:
                return await RsvpAsync(link, reader, form, cancellationToken);
            case LinkPages.Workshops:
                return await workshops.HandleAsync(link, reader, form, cancellationToken);
            default:
                {
                    // The unsubscribe page offers no way to itself.
                    reader = reader with { UnsubscribeUrl = null };
                    if (form?["confirm"].ToString() != "yes")
                        return new(200, reader.Page(OtherPageViews.UnsubscribeTitle(reader), OtherPageViews.Unsubscribe(reader)));
                    if (!await answers.UnsubscribeAsync(link, cancellationToken)) return Polite(410, reader);
                    await AnsweredAsync(link, cancellationToken);
                    return new(200, reader.Page(OtherPageViews.UnsubscribeTitle(reader), OtherPageViews.Unsubscribed(reader)));
                }
        }
    }

    /// `GET /l/{code}`: a message's short link, redirected to the personal page it stands for; a
    /// code that is not ours or whose link expired gets the polite page.
    public async Task<PageResponse> RedirectAsync(string code, CancellationToken cancellationToken = default) =>
        await shortLinks.ResolveAsync(code, cancellationToken) is { } target
            ? new PageResponse(302, "") { Location = target }
            : Polite(404, localizer.Default, centers.Centers);

    private async Task<PageResponse> RsvpAsync(LinkToken link, PageReader reader, IFormCollection? form, CancellationToken cancellationToken)
    {
        var invitation = await store.InvitationAsync(link.ParticipantId, link.Date, cancellationToken);
        if (invitation?.Withdrawn == true) return Polite(410, reader);
        var center = reader.Center;
        var today = IsraelTime.Today(clock);
        var open = today < link.Date;
        var current = invitation is { Answered: true } ? new RsvpChoice(invitation.Coming == true, invitation.MovedTo) : null;
        var otherDates = open
            ? RsvpForm.OtherDates(rules.Value, center, link.Date, today, await store.InvitationsOfAsync(link.ParticipantId, cancellationToken))
            : [];
        var view = new RsvpView(link.Date, rules.Value.Conference(center, link.Date), current, otherDates, open);
        var rsvp = form is null ? RsvpForm.Empty : RsvpForm.Read(form);
        if (!open || !rsvp.IsAnswer)
            return new(form is not null && !open ? 410 : 200, reader.Page(RsvpPageView.Title(reader), RsvpPageView.Form(reader, view, rsvp, [])));
        var errors = rsvp.Errors(reader.Texts, otherDates);
        if (errors.Count > 0)
            return new(400, reader.Page(RsvpPageView.Title(reader), RsvpPageView.Form(reader, view, rsvp, errors)));

        var choice = rsvp.ToChoice(otherDates);
        var outcome = await rsvps.RecordAsync(link, choice, cancellationToken);
        if (outcome == RsvpOutcome.Withdrawn) return Polite(410, reader);
        if (outcome == RsvpOutcome.Recorded) await AnsweredAsync(link, cancellationToken);
        var movedTo = choice.MovedTo is { } day ? rules.Value.Conference(center, day) : null;
        return new(200, reader.Page(RsvpPageView.Title(reader), RsvpPageView.Thanks(reader, view, choice, movedTo)));
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

    private PageResponse Unreadable(int status, PageReader reader)
    {
        LogUnreadable(status);
        return new(status, PageHtml.Page(reader.Texts, OtherPageViews.UnreadableTitle(reader.Texts), OtherPageViews.Unreadable(reader.Texts), reader.Phones));
    }

    private static PageResponse Polite(int status, PageReader reader) => Polite(status, reader.Texts.As(Addressing.Plural), reader.Phones);

    private static PageResponse Polite(int status, Texts texts, IReadOnlyList<Configuration.CenterOptions> phones) =>
        new(status, PageHtml.Page(texts, OtherPageViews.InvalidTitle(texts), OtherPageViews.Invalid(texts), phones));

    // The person behind the link as the page addresses them: SPOT's row (or the hub's record of a
    // lead invited to a conference) for the name, gender, center and coordinator; the hub's
    // record for the language (and the gender SPOT lacks).
    private async Task<PageReader> ReaderAsync(LinkToken link, CancellationToken cancellationToken)
    {
        var (person, hub) = await PersonAsync(link.ParticipantId, cancellationToken);
        var texts = localizer.For(hub?.Language, Addressings.FromGender(string.IsNullOrWhiteSpace(person?.Gender) ? hub?.Gender : person.Gender));
        var center = centers.ById(person?.Center);
        var coordinator = centers.Coordinator(person?.Coordinator);
        var contactCenter = (coordinator is null ? null : centers.CenterOf(coordinator)) ?? center ?? centers.Centers[0];
        var contact = new CallContact(
            coordinator is { } c ? Translations.Pick(c.Name, c.NameTranslations, texts.Language) : null,
            Addressings.FromGender(coordinator?.Gender),
            PageHtml.CenterName(texts, contactCenter), contactCenter.Phone);
        var unsubscribe = signer.Issue(LinkPages.Unsubscribe, link.ParticipantId, link.Rule, link.Date);
        return new PageReader(texts, person?.FirstName, contact, center is null ? centers.Centers : [center],
            $"/{LinkPages.Unsubscribe}/{signer.Sign(unsubscribe)}")
        { Center = person?.Center };
    }

    private async Task<(SpotParticipant? Person, Participant? Hub)> PersonAsync(string participantId, CancellationToken cancellationToken)
    {
        var row = await storage.Table(StorageNames.Tables.SpotParticipants).GetEntityIfExistsAsync<TableEntity>(
            participantId, SpotMirrorStore.ParticipantRow, select: ["Data", "HubId"], cancellationToken: cancellationToken);
        if (row.HasValue && row.Value!.GetString("Data") is { } data)
        {
            var hub = row.Value.GetString("HubId") is { } hubId ? (await people.GetAsync(hubId, cancellationToken))?.Participant : null;
            return (JsonSerializer.Deserialize<SpotParticipant>(data, ParticipantStore.Json), hub);
        }
        return await people.GetAsync(participantId, cancellationToken) is { } lead
            ? (InviteeContact.From(participantId, lead.Participant), lead.Participant)
            : (null, null);
    }

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning, Message = "Answer of participant {ParticipantId} goes to the SPOT outbox at the next run")]
    private partial void LogForwardLater(Exception exception, string participantId);

    [LoggerMessage(EventId = 4212, Level = LogLevel.Warning, Message = "Personal page answer refused unread: {Status}")]
    private partial void LogUnreadable(int status);

    [LoggerMessage(EventId = 4210, Level = LogLevel.Information, Message = "Participant {ParticipantId} answered on page {Page}")]
    private partial void LogAnswered(string participantId, char page);
}
