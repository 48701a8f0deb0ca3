using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Spot.Api;

/// `api` mode's incremental pull (docs/spot.md): participants, then employment episodes, then
/// activities, each from its checkpoint, page by page, stored through the SPOT mirror exactly as
/// an export's rows are. The checkpoint moves only after a page is stored, so a failure half-way
/// resumes at the page that failed; a feed that fails stops the later ones (their rows would
/// name participants not pulled yet).
internal sealed partial class SpotPuller(
    SpotApiClient api,
    SpotExportImporter importer,
    SpotCheckpoints checkpoints,
    IOptions<SpotOptions> options,
    TimeProvider clock,
    ILogger<SpotPuller> logger)
{
    private sealed record Feed(string Name, string Path, bool Paged, Func<JsonElement, (SpotExportRows Rows, List<string> Ids)> Read);

    private static readonly Feed[] Feeds =
    [
        new("participants", "v1/participants", true, items =>
        {
            var (rows, ids) = SpotJsonRows.Read(items, SpotExportFiles.Participants, SpotExportFiles.ParticipantColumns, SpotRecordParsers.Participant);
            return (new SpotExportRows(rows, [], []), ids);
        }),
        new("employment-episodes", "v1/employment-episodes", false, items =>
        {
            var (rows, ids) = SpotJsonRows.Read(items, SpotExportFiles.Employment, SpotExportFiles.EmploymentColumns, SpotRecordParsers.Episode);
            return (new SpotExportRows([], rows, []), ids);
        }),
        new("activities", "v1/activities", false, items =>
        {
            var (rows, ids) = SpotJsonRows.Read(items, SpotExportFiles.Activities, SpotExportFiles.ActivityColumns, SpotRecordParsers.Activity);
            return (new SpotExportRows([], [], rows), ids);
        }),
    ];

    public async Task<SpotPullResult> PullAsync(CancellationToken cancellationToken = default)
    {
        var failed = new List<SpotFailure>();
        var pulled = 0;
        var changed = new StrongBox<bool>();
        var pending = 0;
        for (var i = 0; i < Feeds.Length && pending == 0; i++)
        {
            var (count, complete) = await PullFeedAsync(Feeds[i], failed, changed, cancellationToken);
            pulled += count;
            if (!complete) pending = Feeds.Length - i;
        }
        // Once per pull, not per page: the copy is one read of every mirrored row.
        if (changed.Value) await importer.RefreshCopyAsync(cancellationToken);
        return new SpotPullResult { Mode = SpotOptions.ModeApi, Pulled = pulled, Pending = pending, Failed = failed };
    }

    private async Task<(int Pulled, bool Complete)> PullFeedAsync(Feed feed, List<SpotFailure> failed, StrongBox<bool> changed, CancellationToken cancellationToken)
    {
        var checkpoint = await checkpoints.GetAsync(feed.Name, cancellationToken);
        var runStart = checkpoint.RunStart ?? clock.GetUtcNow() - options.Value.PullOverlap;
        var pulled = 0;
        while (true)
        {
            SpotResponse page;
            try
            {
                page = await api.GetAsync(feed.Path + Query(feed, checkpoint), cancellationToken);
            }
            catch (Exception e) when (SpotApiGateway.Transient(e, cancellationToken) is { } error)
            {
                return Stopped(feed, failed, error, pulled);
            }
            if (!page.IsSuccess || page.Body is not { ValueKind: JsonValueKind.Object } body
                || !body.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                return Stopped(feed, failed, page.IsSuccess ? "bad_response: no items" : page.Describe(), pulled);

            var (rows, ids) = feed.Read(items);
            var stored = await importer.ImportRowsAsync(SpotMirrorChanges.PullPrefix + feed.Name, rows, cancellationToken);
            changed.Value |= stored.Counts.Changed;
            failed.AddRange(stored.Quarantined.Select(q => new SpotFailure($"{feed.Name}:{ids[q.Row - 1]}", q.Reason) { Kind = feed.Name, State = "quarantined" }));
            pulled += ids.Count;

            var next = page.Text("nextCursor");
            // The page is stored: only now does the checkpoint move past it.
            checkpoint = next is null || next == checkpoint.Cursor
                ? new SpotCheckpoint(runStart, null, null)
                : checkpoint with { Cursor = next, RunStart = runStart };
            await checkpoints.SaveAsync(feed.Name, checkpoint, cancellationToken);
            if (checkpoint.Cursor is null)
            {
                LogPulled(feed.Name, pulled);
                return (pulled, true);
            }
        }
    }

    private string Query(Feed feed, SpotCheckpoint checkpoint)
    {
        var parts = new List<string>();
        if (checkpoint.Since is { } since)
            parts.Add("modifiedSince=" + Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        if (checkpoint.Cursor is { } cursor) parts.Add("cursor=" + Uri.EscapeDataString(cursor));
        if (feed.Paged) parts.Add("pageSize=" + options.Value.PageSize.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private (int, bool) Stopped(Feed feed, List<SpotFailure> failed, string error, int pulled)
    {
        LogStopped(feed.Name, pulled);
        failed.Add(new SpotFailure(feed.Name, error) { Kind = feed.Name, State = "pending" });
        return (pulled, false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SPOT pull of {Feed}: {Rows} rows")]
    private partial void LogPulled(string feed, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SPOT pull of {Feed} stopped after {Rows} rows; it resumes from its checkpoint")]
    private partial void LogStopped(string feed, int rows);
}
