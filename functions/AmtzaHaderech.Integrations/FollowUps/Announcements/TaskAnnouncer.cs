using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.CallLists;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Announcements;

/// Announces the coordinators' new tasks in Teams after a scheduler run: for each coordinator, a
/// call list workbook with everyone of theirs, and a card addressed to them that names the
/// first ones and opens the list (CoordinatorCard). A center's coordinators are announced on its
/// own channel's webhook (`Reports:Teams:<center>:WebhookUrl`), else on the program channel's;
/// with no webhook at all both go to the local outbox folder's `teams/` (the CLI, the demo). A
/// coordinator's tasks are marked announced only after the webhook answered 2xx (or the files
/// were written); a failed upload or post leaves them for the next run. A lease keeps two runs
/// at once from posting the same tasks.
public sealed partial class TaskAnnouncer(
    FollowUpQueries queries, FollowUpLease lease, CallListPublisher publisher, CenterDirectory centers, ILogger<TaskAnnouncer> logger)
{
    public const string ClientName = "followups-teams";
    internal const string LeaseName = "announce";

    /// Announces the tasks not yet announced. `people`: SPOT's participants (and invited leads)
    /// by id, for names, phones, centers and coordinators; `activities`: for the days since each
    /// one's last contact.
    public async Task<AnnouncementResult> AnnounceAsync(
        DateTimeOffset now, IReadOnlyDictionary<string, SpotParticipant> people, IEnumerable<SpotActivity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        var tasks = await queries.UnannouncedTasksAsync(cancellationToken);
        if (tasks.Count == 0) return AnnouncementResult.None;
        if (!await lease.TryTakeAsync(LeaseName, now, TimeSpan.FromMinutes(10), cancellationToken)) return AnnouncementResult.None;
        try
        {
            var calls = new AnnouncementPeople(people, activities, centers.Names, now);
            var posted = new List<PostedCard>();
            var announced = 0;
            foreach (var group in tasks.GroupBy(t => (Center: calls.CenterOf(t.ParticipantId), Coordinator: calls.CoordinatorOf(t.ParticipantId)))
                .OrderBy(g => g.Key.Center, StringComparer.Ordinal).ThenBy(g => g.Key.Coordinator, StringComparer.Ordinal))
            {
                if (publisher.Destination(group.Key.Center) is not { } target)
                {
                    LogNowhere(group.Count());
                    continue;
                }
                var call = calls.For(group.Key.Center, group.Key.Coordinator, [.. group]);
                var name = CallListPublisher.BaseName(group.Key.Center, group.Key.Coordinator, group.Max(t => t.CreatedAt));
                if (await PublishAsync(target, name, call, now, cancellationToken) is not { } card) continue;
                await queries.MarkAnnouncedAsync(group, now, cancellationToken);
                announced += group.Count();
                posted.Add(card);
                LogAnnounced(group.Count(), call.People.Count, target.Channel);
            }
            return new AnnouncementResult(announced, posted);
        }
        finally
        {
            await lease.ReleaseAsync(LeaseName, CancellationToken.None);
        }
    }

    private async Task<PostedCard?> PublishAsync(CallListPublisher.Target target, string name, CoordinatorCall call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            using var workbook = new MemoryStream();
            CallListWorkbook.Write(call.CoordinatorName, call.CenterName, call.People, now, workbook);
            var (link, listPath) = await publisher.PublishListAsync(target, $"call-list-{name}.xlsx", workbook.ToArray(), now, cancellationToken);
            var card = CoordinatorCard.Message(call, link);
            var cardPath = await publisher.PostCardAsync(target, name, card, cancellationToken);
            return new PostedCard(call, link, listPath, cardPath);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or Microsoft.Graph.Models.ODataErrors.ODataError
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The URL is a secret and the card names people: neither is logged.
            LogFailed(target.Channel, (int?)(e as HttpRequestException)?.StatusCode ?? (e as Microsoft.Graph.Models.ODataErrors.ODataError)?.ResponseStatusCode);
            return null;
        }
    }

    [LoggerMessage(EventId = 4230, Level = LogLevel.Information, Message = "Announced {Count} coordinators' tasks ({People} people) on {Channel}")]
    private partial void LogAnnounced(int count, int people, string channel);

    [LoggerMessage(EventId = 4231, Level = LogLevel.Warning, Message = "Announcing coordinators' tasks on {Channel} failed (status {Status}): retried at the next run")]
    private partial void LogFailed(string channel, int? status);

    [LoggerMessage(EventId = 4232, Level = LogLevel.Warning, Message = "{Count} coordinators' tasks not announced: no Teams webhook (Reports:Teams) and no local outbox")]
    private partial void LogNowhere(int count);
}

/// What an announcement did: `Tasks` marked announced, and the cards posted (one per coordinator).
public sealed record AnnouncementResult(int Tasks, IReadOnlyList<PostedCard> Cards)
{
    public static readonly AnnouncementResult None = new(0, []);
}

/// A card that went out: to whom, the call list's link (and its local path and the card's file
/// when written locally).
public sealed record PostedCard(CoordinatorCall Call, string CallListLink, string? CallListPath, string? CardPath);
