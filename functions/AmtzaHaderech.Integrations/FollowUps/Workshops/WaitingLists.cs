using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops;

/// Moves every coming session's waiting list (WorkshopSeats.AdvanceAsync): offers not taken in
/// `WorkshopOfferHours` lapse, freed seats are offered to the first person waiting. The
/// scheduler's run calls it first, when messages can go out, so that the offer's message leaves
/// in the same run and the person's hours count from it.
public sealed partial class WaitingLists(WorkshopSeats seats, IOptions<FollowUpsOptions> rules, TimeProvider clock, ILogger<WaitingLists> logger)
{
    public async Task<int> AdvanceAsync(CancellationToken cancellationToken = default)
    {
        var today = IsraelTime.Today(clock);
        var offered = 0;
        foreach (var session in WorkshopCalendar.Sessions(rules.Value).Where(s => s.Date > today))
            foreach (var offer in await seats.AdvanceAsync(session, TimeSpan.FromHours(rules.Value.WorkshopOfferHours), cancellationToken))
            {
                LogOffered(offer.ParticipantId, session.Id);
                offered++;
            }
        return offered;
    }

    [LoggerMessage(EventId = 4261, Level = LogLevel.Information, Message = "Seat of workshop {SessionId} offered to participant {ParticipantId}")]
    private partial void LogOffered(string participantId, string sessionId);
}
