using System.Globalization;
using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Announcements;

/// Announces the coordinators' new tasks in Teams after a scheduler run: one card per channel and
/// run, a section per center. A center's tasks go to its own channel's webhook
/// (`Reports:Teams:<center>:WebhookUrl`), else to the program channel's; with no webhook at all
/// the card is written to the local outbox folder's `teams/` (the CLI, the demo). A task is marked announced
/// only after the webhook answered 2xx (or the file was written); a failed post leaves it for the
/// next run. A lease keeps two runs at once from posting the same tasks.
public sealed partial class TaskAnnouncer(
    FollowUpQueries queries, FollowUpLease lease, TeamsWebhookClient webhook, CenterDirectory centers,
    IOptions<ReportsOptions> reports, IOptions<FollowUpSendingOptions> sending, ILogger<TaskAnnouncer> logger)
{
    /// At most this many people in one card; the rest go in the next run's.
    public const int MaxPerCard = 40;

    public const string ClientName = "followups-teams";
    internal const string LeaseName = "announce";
    private const string LocalChannel = "local";

    /// Announces the tasks not yet announced; returns how many were. `centerOf` gives a
    /// participant's center (null when unknown: their tasks go to the program channel).
    public async Task<int> AnnounceAsync(DateTimeOffset now, Func<string, string?> centerOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(centerOf);
        var tasks = await queries.UnannouncedTasksAsync(cancellationToken);
        if (tasks.Count == 0) return 0;
        if (!await lease.TryTakeAsync(LeaseName, now, TimeSpan.FromMinutes(10), cancellationToken)) return 0;
        try
        {
            var announced = 0;
            foreach (var group in tasks.Select(t => (Task: t, Center: centerOf(t.ParticipantId) ?? "")).GroupBy(t => Destination(t.Center)))
            {
                if (group.Key is not { } destination)
                {
                    LogNowhere(group.Count());
                    continue;
                }
                var batch = group.Take(MaxPerCard).ToList();
                var card = TaskAnnouncementCard.Message(
                    [.. batch.GroupBy(t => t.Center).OrderBy(c => c.Key, StringComparer.Ordinal)
                        .Select(c => new CenterTasks(CenterName(c.Key), [.. c.Select(t => t.Task)]))],
                    group.Count() - batch.Count);
                if (!await PostAsync(destination, card, now, cancellationToken)) continue;
                await queries.MarkAnnouncedAsync(batch.Select(t => t.Task), now, cancellationToken);
                announced += batch.Count;
                LogAnnounced(batch.Count, destination.Channel);
            }
            return announced;
        }
        finally
        {
            await lease.ReleaseAsync(LeaseName, CancellationToken.None);
        }
    }

    private sealed record Target(string Channel, Uri? Webhook);

    // The center's webhook, else the program channel's, else the local outbox, else nowhere.
    private Target? Destination(string center)
    {
        var teams = reports.Value.Teams;
        if (center.Length > 0 && teams.TryGetValue(center, out var own) && own.WebhookUrl is { Length: > 0 } ownHook)
            return new Target(center, new Uri(ownHook));
        if (teams.TryGetValue(reports.Value.ProgramChannel, out var program) && program.WebhookUrl is { Length: > 0 } programHook)
            return new Target(reports.Value.ProgramChannel, new Uri(programHook));
        return sending.Value.OutboxFolder is { Length: > 0 } ? new Target(LocalChannel, null) : null;
    }

    private async Task<bool> PostAsync(Target target, System.Text.Json.Nodes.JsonObject card, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (target.Webhook is null)
        {
            var folder = Path.Combine(sending.Value.OutboxFolder!, "teams");
            Directory.CreateDirectory(folder);
            var name = $"teams-{now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.json";
            await File.WriteAllTextAsync(Path.Combine(folder, name), card.ToJsonString(TeamsCard.JsonOptions), new UTF8Encoding(false), cancellationToken);
            return true;
        }
        try
        {
            await webhook.PostAsync(target.Webhook, card, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The URL is a secret and the card names people: neither is logged.
            LogFailed(target.Channel, (int?)(e as HttpRequestException)?.StatusCode);
            return false;
        }
    }

    private string CenterName(string center) => centers.ById(center)?.Name ?? HebrewLabels.Center(center);

    [LoggerMessage(EventId = 4230, Level = LogLevel.Information, Message = "Announced {Count} coordinators' tasks on {Channel}")]
    private partial void LogAnnounced(int count, string channel);

    [LoggerMessage(EventId = 4231, Level = LogLevel.Warning, Message = "Announcing coordinators' tasks on {Channel} failed (status {Status}): retried at the next run")]
    private partial void LogFailed(string channel, int? status);

    [LoggerMessage(EventId = 4232, Level = LogLevel.Warning, Message = "{Count} coordinators' tasks not announced: no Teams webhook (Reports:Teams) and no local outbox")]
    private partial void LogNowhere(int count);
}
