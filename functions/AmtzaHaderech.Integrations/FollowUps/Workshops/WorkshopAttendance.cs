using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spot.Outbox;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops;

/// Records who came to a session, once per person and session however it arrives (the
/// coordinator's marked list read back, `amtza workshops attendance`, again and again): one
/// transaction in the person's partition of the `followups` table adds the marker
/// `attended|{session}` (an insert: a second recording fails on it and changes nothing) and the
/// pending SPOT change, an activity of type `workshop` with the workshop's title and date. The
/// SPOT forwarder hands it to the SPOT outbox under an id made from that row, so SPOT gets it
/// once. People marked who had not signed up are recorded too.
public sealed partial class WorkshopAttendance(
    HubStorage storage, WorkshopSeats seats, SpotForwarder forwarder, IOptions<FollowUpsOptions> rules, TimeProvider clock,
    ILogger<WorkshopAttendance> logger)
{
    private const string AttendedPrefix = "attended|";

    private TableClient FollowUps => storage.Table(StorageNames.Tables.FollowUps);

    /// The session of the calendar, or null.
    public WorkshopSession? Session(string sessionId) => WorkshopCalendar.Find(rules.Value, sessionId);

    public async Task<IReadOnlyList<AttendanceOutcome>> RecordAsync(WorkshopSession session, IEnumerable<string> participantIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var outcomes = new List<AttendanceOutcome>();
        foreach (var participantId in participantIds.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var signedUp = (await seats.SignUpOfAsync(session.Id, participantId, cancellationToken)) is { } row && SignUpStates.HoldsSeat(row.State);
            if (!await KnownAsync(participantId, cancellationToken))
            {
                outcomes.Add(new AttendanceOutcome(participantId, AttendanceStates.Unknown, signedUp));
                continue;
            }
            var recorded = await AddAsync(session, participantId, cancellationToken);
            if (recorded) LogRecorded(participantId, session.Id);
            // Handed to the SPOT outbox now; a crash here leaves the change pending for the scheduler's next run.
            await forwarder.ForwardAsync(participantId, cancellationToken);
            outcomes.Add(new AttendanceOutcome(participantId, recorded ? AttendanceStates.Recorded : AttendanceStates.Already, signedUp));
        }
        return outcomes;
    }

    private async Task<bool> AddAsync(WorkshopSession session, string participantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var activity = new SpotActivityEntry { Date = session.Date, Type = SpotCodes.Workshop, Title = session.Title, Outcome = "נוכחות בסדנה" };
        try
        {
            await FollowUps.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Add, new TableEntity(FollowUpRows.Partition(participantId), AttendedPrefix + FollowUpRows.Escape(session.Id)) { ["At"] = now }),
                PendingSpotChanges.Row(participantId, "workshop|" + session.Id, SpotChangeKinds.Activity, activity, now),
            ], cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false; // recorded before: nothing changes
        }
    }

    // A SPOT participant (the lists and the messages use SPOT's ids) or a person of the hub.
    private async Task<bool> KnownAsync(string participantId, CancellationToken cancellationToken)
    {
        var row = await storage.Table(StorageNames.Tables.SpotParticipants).GetEntityIfExistsAsync<TableEntity>(
            participantId, SpotMirrorStore.ParticipantRow, select: ["PartitionKey"], cancellationToken: cancellationToken);
        return row.HasValue;
    }

    [LoggerMessage(EventId = 4262, Level = LogLevel.Information, Message = "Attendance of participant {ParticipantId} at workshop {SessionId} recorded for SPOT")]
    private partial void LogRecorded(string participantId, string sessionId);
}

public static class AttendanceStates
{
    /// Recorded now; SPOT gets the activity.
    public const string Recorded = "recorded";
    /// Recorded before: nothing changed.
    public const string Already = "already";
    /// Not a participant of the SPOT mirror: nothing recorded.
    public const string Unknown = "unknown";
}

/// What recording one person's attendance did, and whether they had signed up.
public sealed record AttendanceOutcome(string ParticipantId, string State, bool SignedUp);
