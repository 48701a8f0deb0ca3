using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.Announcements;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

/// The working day before each session (SignUpListDays: Friday for Sunday's, nothing on Shabbat
/// or a holiday), its sign-up list to the center's coordinators (docs/workshops.md, "The day
/// before"): the workbook (SignUpListWorkbook) into the center's Teams files, or the
/// local outbox's `teams/` folder, and a card per coordinator of the center (SignUpListCard)
/// with the workbook's link, through the same publisher as the coordinators' call lists. A row
/// `list|{coordinator}` in the session's partition of `workshops` is written once a
/// coordinator's card went out: a second run (the timer's retry, `amtza workshops send-lists`
/// again) skips them, and a coordinator whose card failed gets it at the next run. A lease
/// keeps two runs at once from posting the same cards.
public sealed partial class SignUpListDelivery(
    SignUpLists lists, WorkshopSeats seats, CallListPublisher publisher, CenterDirectory centers, FollowUpLease lease,
    JewishHolidays holidays, HubStorage storage, IOptions<FollowUpsOptions> options, ILogger<SignUpListDelivery> logger)
{
    internal const string LeaseName = "workshop-lists";
    internal const string SentPrefix = "list|";

    /// Delivers the lists listed on `day` (Israel's calendar; SignUpListDays: the next day's, and
    /// on the last working day before days of rest, theirs and the next working day's) not yet
    /// delivered; `now` dates the workbook.
    public async Task<IReadOnlyList<DeliveredList>> DeliverAsync(DateOnly day, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var days = SignUpListDays.SessionDaysListedOn(day, holidays);
        var sessions = WorkshopCalendar.Sessions(options.Value).Where(s => days.Contains(s.Date)).ToList();
        if (sessions.Count == 0) return [];
        if (!await lease.TryTakeAsync(LeaseName, now, TimeSpan.FromMinutes(10), cancellationToken)) return [];
        try
        {
            var delivered = new List<DeliveredList>();
            foreach (var session in sessions)
                delivered.AddRange(await DeliverAsync(session, day, now, cancellationToken));
            return delivered;
        }
        finally
        {
            await lease.ReleaseAsync(LeaseName, CancellationToken.None);
        }
    }

    /// The job as the timer runs it: tomorrow's sessions, as of now.
    public Task<IReadOnlyList<DeliveredList>> RunDailyAsync(TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DeliverAsync(IsraelTime.Today(clock), clock.GetUtcNow(), cancellationToken);
    }

    private async Task<IReadOnlyList<DeliveredList>> DeliverAsync(WorkshopSession session, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var center = centers.ById(session.Center);
        var coordinators = center?.Coordinators.Select(c => (c.Id.Trim(), c.Name, string.IsNullOrWhiteSpace(c.TeamsUser) ? null : c.TeamsUser.Trim())).ToList() ?? [];
        // A center without configured coordinators: one card to its team, so the list still arrives.
        if (coordinators.Count == 0) coordinators.Add(("", $"צוות {centers.Names.Center(session.Center)}", null));
        var pending = new List<(string Id, string Name, string? TeamsUser)>();
        foreach (var coordinator in coordinators)
            if (!await SentAsync(session.Id, coordinator.Item1, cancellationToken)) pending.Add(coordinator);
        if (pending.Count == 0) return [];
        if (publisher.Destination(session.Center) is not { } target)
        {
            LogNowhere(session.Id);
            return [];
        }

        var people = await lists.EntriesAsync(session, cancellationToken);
        var waiting = (await seats.CountAsync(session.Id, cancellationToken)).Waiting;
        var delivered = new List<DeliveredList>();
        try
        {
            var (link, listPath) = await publisher.PublishListAsync(target, SignUpLists.FileName(session), await lists.WorkbookAsync(session, cancellationToken), now, cancellationToken);
            foreach (var (id, name, teamsUser) in pending)
            {
                var notice = new SignUpListNotice(session, centers.Names.Center(session.Center), name, teamsUser, people, waiting, day);
                var cardName = "sign-ups-" + CallListPublisher.BaseName(session.Center, id, IsraelTime.At(session.Date, session.Start));
                var cardPath = await publisher.PostCardAsync(target, cardName, SignUpListCard.Message(notice, link), cancellationToken);
                await MarkSentAsync(session.Id, id, now, cancellationToken);
                delivered.Add(new DeliveredList(notice, link, listPath, cardPath));
            }
            LogDelivered(session.Id, delivered.Count, people.Count, target.Channel);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or Microsoft.Graph.Models.ODataErrors.ODataError
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The card names people and the webhook URL is a secret: neither is logged.
            LogFailed(session.Id, target.Channel, (int?)(e as HttpRequestException)?.StatusCode ?? (e as Microsoft.Graph.Models.ODataErrors.ODataError)?.ResponseStatusCode);
        }
        return delivered;
    }

    private TableClient Table => storage.Table(StorageNames.Tables.Workshops);

    private static string SentRow(string coordinator) => SentPrefix + FollowUpRows.Escape(coordinator.Length == 0 ? "center" : coordinator.ToLowerInvariant());

    private async Task<bool> SentAsync(string sessionId, string coordinator, CancellationToken cancellationToken) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(sessionId, SentRow(coordinator), select: ["SentAt"], cancellationToken: cancellationToken)).HasValue;

    private async Task MarkSentAsync(string sessionId, string coordinator, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(sessionId, SentRow(coordinator)) { ["SentAt"] = now }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Marked already (the lease had lapsed under a slow run): once is enough.
        }
    }

    [LoggerMessage(EventId = 4270, Level = LogLevel.Information, Message = "Sign-up list of {Session} delivered to {Cards} coordinators ({People} people) on {Channel}")]
    private partial void LogDelivered(string session, int cards, int people, string channel);

    [LoggerMessage(EventId = 4271, Level = LogLevel.Warning, Message = "Delivering the sign-up list of {Session} on {Channel} failed (status {Status}): retried at the next run")]
    private partial void LogFailed(string session, string channel, int? status);

    [LoggerMessage(EventId = 4272, Level = LogLevel.Warning, Message = "Sign-up list of {Session} not delivered: no Teams webhook (Reports:Teams) and no local outbox")]
    private partial void LogNowhere(string session);
}

/// A card that went out with a session's list: its notice, the workbook's link (and its local
/// path and the card's file when written locally).
public sealed record DeliveredList(SignUpListNotice Notice, string WorkbookLink, string? WorkbookPath, string? CardPath);
