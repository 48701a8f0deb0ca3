using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.TestData;

/// The follow-ups docs/follow-ups.md asks for, computed directly from SPOT's data rather than by
/// the planner, for the tests that check the planner and the runner against them.
public static class ExpectedFollowUps
{
    /// Retention check-ins due in (after, to]: each open placement episode (started on or after
    /// enrollment) at each default month k, keyed as the planner keys its items.
    public static Dictionary<string, DateOnly> RetentionDue(SpotSnapshot data, DateOnly after, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(data);
        var enrolled = data.Participants.ToDictionary(p => p.ParticipantId, p => p.EnrolledOn);
        var due = new Dictionary<string, DateOnly>();
        foreach (var job in data.Episodes.Where(e => e.EndDate is null && e.StartDate >= enrolled[e.ParticipantId]))
            foreach (var k in FollowUpsOptions.DefaultRetentionMonths)
            {
                var on = DateMath.AddMonths(job.StartDate!.Value, k);
                if (on > after && on <= to) due[FollowUpItem.KeyOf(job.ParticipantId, FollowUpRules.Retention, job.EpisodeId, k, on)] = on;
            }
        return due;
    }
}
