using System.Globalization;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.TestData;

/// The hub's records of referrals beside a generated SPOT history, as the evaluation report's
/// funnel reads them: files of records from the four channels (every record of a file received
/// at the same instant, some around Israel's midnight), every outcome, people referred more than
/// once and through more than one channel, conference invitations with and without answers, and
/// half the people linked to a SPOT participant. The same seed gives the same records.
public static class ReferralHistoryGenerator
{
    private static readonly string[] Channels = ["employment_service", "municipal", "facebook", "intake"];
    private static readonly string[] Outcomes = ["accepted", "accepted", "accepted", "merged", "duplicate", "rejected", "review", "no_consent"];
    private static readonly string?[] Screenings = ["eligible", "eligible", "eligible", "routing_call", "not_eligible", null];
    private static readonly DateTimeOffset Start = new(2012, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static FunnelInputs Generate(SpotSnapshot spot, int records, int seed)
    {
        var random = new Random(seed);
        var people = Math.Max(1, records * 2 / 3);
        var all = new List<ReferralRecord>(records);
        for (var file = 0; all.Count < records; file++)
        {
            var channel = Channels[random.Next(Channels.Length)];
            // Any minute of eight and a half years: about one in twelve between 22:00 and 24:00 UTC,
            // the hours that are already the next day in Israel.
            var receivedAt = Start.AddMinutes(random.Next(0, 8 * 365 * 24 * 60 + 180 * 24 * 60));
            var rows = random.Next(1, 30);
            for (var row = 1; row <= rows && all.Count < records; row++)
            {
                var outcome = Outcomes[random.Next(Outcomes.Length)];
                var person = outcome is "rejected" or "review" ? null : "H" + random.Next(people).ToString(CultureInfo.InvariantCulture);
                var screening = outcome is "accepted" or "merged" ? Screenings[random.Next(Screenings.Length)] : null;
                all.Add(new ReferralRecord(channel, receivedAt, $"{channel}-{file:D6}~{row:D7}", outcome, person, screening));
            }
        }

        var invitations = new List<InvitationAnswer>();
        foreach (var record in all.Where(r => r.PersonId is not null && random.Next(3) == 0))
            invitations.Add(new InvitationAnswer(record.PersonId!, DateOnly.FromDateTime(record.ReceivedAt.UtcDateTime).AddDays(random.Next(-10, 40)),
                random.Next(3) switch { 0 => true, 1 => false, _ => null }));

        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < people && p < spot.Participants.Count; p++)
            if (random.Next(2) == 0) links["H" + p.ToString(CultureInfo.InvariantCulture)] = spot.Participants[p].ParticipantId;
        return new FunnelInputs(all, invitations, links);
    }
}
