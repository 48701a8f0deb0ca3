using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Announcements;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

/// Every evening, the coordinators' marked sign-up lists read back (docs/workshops.md, "The
/// sign-up list and attendance"): for each session of the window (ReadBackWindow) whose list was
/// delivered (a `list|` row in its partition of `workshops`), the workbook as it is now in the
/// channel's files where SignUpListDelivery put it (or the local outbox's `teams/` folder), read
/// by SignUpListReader, and the people marked "הגיע" recorded by WorkshopAttendance, which
/// records each person and session once: reading the same list again changes nothing, and a
/// person marked later is added at the next read. A list not there, refused or not downloaded
/// is that session's outcome and never stops the others; the last read of each session is kept
/// in its row `list-read` (state, problem, when) for whoever asks why nothing was recorded.
public sealed partial class SignUpListReadBack(
    CallListPublisher publisher, WorkshopAttendance attendance, HubStorage storage, IOptions<FollowUpsOptions> options,
    ILogger<SignUpListReadBack> logger)
{
    internal const string ReadRow = "list-read";

    public async Task<IReadOnlyList<ListReadBack>> ReadAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var results = new List<ListReadBack>();
        foreach (var session in ReadBackWindow.Sessions(options.Value, today))
        {
            if (await DeliveredInAsync(session.Id, cancellationToken) is not { } year) continue;
            var result = await ReadAsync(session, year, cancellationToken);
            await KeepAsync(result, now, cancellationToken);
            results.Add(result);
        }
        return results;
    }

    /// The job as the timer runs it: as of now, in Israel's calendar.
    public Task<IReadOnlyList<ListReadBack>> RunDailyAsync(TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ReadAsync(IsraelTime.Today(clock), clock.GetUtcNow(), cancellationToken);
    }

    private async Task<ListReadBack> ReadAsync(WorkshopSession session, int year, CancellationToken cancellationToken)
    {
        var fileName = SignUpLists.FileName(session);
        if (publisher.Destination(session.Center) is not { } target)
        {
            LogNowhere(session.Id);
            return new(session, ReadBackStates.Nowhere, [], "no Teams channel (Reports:Teams) and no local outbox to read the list from");
        }
        try
        {
            var workbook = await publisher.ReadListAsync(target, fileName, year, SignUpListReader.MaxFileBytes, cancellationToken);
            if (workbook is null) return new(session, ReadBackStates.Missing, [], null);
            using var stream = new MemoryStream(workbook, writable: false);
            var attended = SignUpListReader.Attended(stream, fileName);
            var outcomes = await attendance.RecordAsync(session, attended, cancellationToken);
            LogRead(session.Id, attended.Count, outcomes.Count(o => o.State == AttendanceStates.Recorded), outcomes.Count(o => o.State == AttendanceStates.Unknown));
            return new(session, ReadBackStates.Read, outcomes, null);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException || FileTooLargeException.Is(e))
        {
            // The list stays where it is: the coordinator corrects it and the next run reads it.
            LogRefused(session.Id, SignUpListReader.RowOf(e), e.GetType().Name);
            return new(session, ReadBackStates.Refused, [], e.Message);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or Microsoft.Graph.Models.ODataErrors.ODataError
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var status = (int?)(e as HttpRequestException)?.StatusCode ?? (e as Microsoft.Graph.Models.ODataErrors.ODataError)?.ResponseStatusCode;
            LogFailed(session.Id, target.Channel, status);
            return new(session, ReadBackStates.Failed, [], $"the list could not be fetched (status {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}); read again at the next run");
        }
    }

    private TableClient Table => storage.Table(StorageNames.Tables.Workshops);

    // The year of the channel folder the list went into (its latest delivery's), or null when it
    // was never delivered.
    private async Task<int?> DeliveredInAsync(string sessionId, CancellationToken cancellationToken)
    {
        var prefix = SignUpListDelivery.SentPrefix;
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        DateTimeOffset? latest = null;
        await foreach (var row in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {sessionId} and RowKey ge {prefix} and RowKey lt {end}"), select: ["SentAt"], cancellationToken: cancellationToken))
            if (row.GetDateTimeOffset("SentAt") is { } at && (latest is null || at > latest)) latest = at;
        return latest is { } sent ? IsraelTime.DateOf(sent).Year : null;
    }

    private async Task KeepAsync(ListReadBack result, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new TableEntity(result.Session.Id, ReadRow)
        {
            ["State"] = result.State,
            ["Problem"] = result.Problem,
            ["Recorded"] = result.Attendances.Count(o => o.State == AttendanceStates.Recorded),
            ["At"] = now,
        }, TableUpdateMode.Replace, cancellationToken);

    [LoggerMessage(EventId = 4273, Level = LogLevel.Information, Message = "Sign-up list of {Session} read back: {Marked} marked as come, {Recorded} recorded now, {Unknown} not in the SPOT mirror")]
    private partial void LogRead(string session, int marked, int recorded, int unknown);

    [LoggerMessage(EventId = 4274, Level = LogLevel.Warning, Message = "Sign-up list of {Session} refused (row {Row}, {Error}): nothing recorded for it; read again at the next run")]
    private partial void LogRefused(string session, int? row, string error);

    [LoggerMessage(EventId = 4275, Level = LogLevel.Warning, Message = "Reading the sign-up list of {Session} from {Channel} failed (status {Status}): read again at the next run")]
    private partial void LogFailed(string session, string channel, int? status);

    [LoggerMessage(EventId = 4276, Level = LogLevel.Warning, Message = "Sign-up list of {Session} not read: no Teams channel (Reports:Teams) and no local outbox")]
    private partial void LogNowhere(string session);
}

/// What reading one session's marked list did: its state (ReadBackStates), the attendances it
/// recorded or found recorded, and why it was refused or failed.
public sealed record ListReadBack(WorkshopSession Session, string State, IReadOnlyList<AttendanceOutcome> Attendances, string? Problem);

public static class ReadBackStates
{
    /// Read; the people marked are recorded (now or before).
    public const string Read = "read";
    /// The list is not in the channel's files (yet): nothing to read.
    public const string Missing = "missing";
    /// The list is not a readable sign-up list (a marked row without an id, too large, not a
    /// workbook): nothing recorded from it until it is corrected.
    public const string Refused = "refused";
    /// Graph or the disk failed: read again at the next run.
    public const string Failed = "failed";
    /// Neither a Teams channel nor a local outbox is configured.
    public const string Nowhere = "nowhere";
}
