using System.Globalization;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.EmploymentService;

/// `השתלב_בעבודה`: a referral accepted into the program whose person, as SPOT knows them, started
/// a job after the referral date. Found from the SPOT episodes mirrored in the store when the
/// day's feedback file is written, and recorded once per referral like every status change.
public sealed class PlacementFeedback(FeedbackEvents events, ParticipantStore participants, SpotMirrorStore mirror, HubStorage storage, IOptions<HubOptions> options)
{
    public async Task RecordAsync(DateOnly upTo, CancellationToken cancellationToken = default)
    {
        var programCode = options.Value.ProgramCode;
        var all = await events.ForProgramAsync(programCode, cancellationToken);
        var placed = all.Where(e => e.Event.Status == FeedbackStatuses.Placed).Select(e => e.Event.ReferralId).ToHashSet();
        var candidates = all
            .Where(e => e.Event.Status is FeedbackStatuses.Accepted or FeedbackStatuses.AlreadyParticipant && !placed.Contains(e.Event.ReferralId))
            .Where(e => e.Entity.GetString("ParticipantId") is not null && e.Entity.GetString("ReferralDate") is not null)
            .ToList();
        if (candidates.Count == 0) return;

        var episodesBySpotId = new Dictionary<string, List<SpotEpisode>>(StringComparer.Ordinal);
        await foreach (var episode in mirror.AllAsync<SpotEpisode>(storage.Table(StorageNames.Tables.SpotEpisodes), cancellationToken))
        {
            if (!episodesBySpotId.TryGetValue(episode.ParticipantId, out var list)) episodesBySpotId[episode.ParticipantId] = list = [];
            list.Add(episode);
        }

        foreach (var (entity, change) in candidates)
        {
            var person = await participants.GetAsync(entity.GetString("ParticipantId"), cancellationToken);
            if (person?.Participant.SpotId is not { } spotId || !episodesBySpotId.TryGetValue(spotId, out var episodes)) continue;
            var referralDate = DateOnly.ParseExact(entity.GetString("ReferralDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var start = episodes.Select(e => e.StartDate).Where(d => d > referralDate && d <= upTo).Min();
            if (start is null) continue;
            await events.AddOnceAsync(programCode, person.Participant.Id, referralDate,
                change with { Status = FeedbackStatuses.Placed, StatusDate = upTo, WorkStartDate = start, Note = null, ReportedOn = null }, cancellationToken);
        }
    }
}
