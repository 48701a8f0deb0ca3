using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.TestData;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.SchedulerSimulation;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// A year of scheduler runs on generated data, on a real store (Azurite), with a fake clock:
/// every item sent once, none in a quiet time, at most one message a day per person, a missed
/// week caught up once, reminders and escalations for the unanswered.
[Collection(StorageCollection.Name)]
public sealed class FollowUpRunnerYearTests(AzuriteFixture azurite)
{
    private static readonly DateOnly First = new(2018, 1, 1);
    private static readonly DateOnly Last = new(2018, 12, 31);
    // 10:00 is the send time; 21:30 is always quiet (night), so it must send nothing.
    private static readonly TimeOnly[] Times = [new(10, 0), new(21, 30)];

    private static string Participant(string reference) => reference[..reference.IndexOf('|')];
    private static bool IsReminder(string reference) => reference.Contains("|reminder", StringComparison.Ordinal);

    [Fact]
    public async Task RunAsync_DailyForAYear_SendsEveryItemOnceNeverInQuietTimeAtMostOneADayPerPerson()
    {
        var data = FollowUpData.Generated(people: 120);
        await using var simulation = await StartAsync(azurite, First, data);

        await simulation.RunDaysAsync(Daily(First, Last), Times);

        var quiet = simulation.Hub.Get<QuietTimes>();
        var messages = simulation.Messages.ToList();
        Assert.All(messages, m => Assert.False(quiet.IsQuiet(m.At), $"{m.Message.Reference} sent at {m.At:O}"));
        Assert.Empty(messages.GroupBy(m => m.Message.Reference).Where(g => g.Count() > 1).Select(g => g.Key));
        var toPeople = messages.Where(m => !m.Message.Reference.Contains("|exit|", StringComparison.Ordinal));
        Assert.Empty(toPeople.GroupBy(m => (Participant(m.Message.Reference), IsraelTime.DateOf(m.At))).Where(g => g.Count() > 1).Select(g => g.Key));

        var ledger = await simulation.LedgerAsync();
        var expected = ExpectedFollowUps.RetentionDue(data, First.AddDays(-14), Last);
        Assert.True(expected.Count > 40, $"only {expected.Count} retention items generated");
        var retention = ledger.Items.Where(i => i.Rule == FollowUpRules.Retention).ToList();
        Assert.Equal(expected.Keys.Order(), retention.Select(i => i.Key).Order());
        var sent = retention.Where(i => i.State == SentStates.Sent).ToList();
        Assert.Equal(sent.Select(i => i.Key).Order(),
            messages.Select(m => m.Message.Reference).Where(r => r.Contains("|retention|", StringComparison.Ordinal) && !IsReminder(r)).Order());
        Assert.All(retention.Where(i => i.State == SentStates.Coordinator), i => Assert.Equal(FollowUpChannels.None, i.Channel));
        // Sent on the due date, or within days of it when a quiet time or the person's message of the day waits it.
        Assert.All(sent, i => Assert.InRange(i.SentOn.DayNumber - (i.DueOn < First ? First : i.DueOn).DayNumber, 0, 7));
        Assert.True(sent.Count(i => i.SentOn == i.DueOn) > sent.Count * 2 / 3, "most items go out on their due date");

        Assert.Contains(ledger.Items, i => i.Rule == FollowUpRules.Quarterly && i.SentOn > First.AddDays(90));
        Assert.Contains(messages, m => m.Message.Reference.Contains("|exit|", StringComparison.Ordinal));

        // Nobody answers: two reminders (4 and 10 days on), then the coordinator, for every check-in.
        var checkIns = ledger.Items.Where(i => i.State == SentStates.Sent && i.Rule is FollowUpRules.Retention or FollowUpRules.Quarterly).ToList();
        var reminders = messages.Where(m => IsReminder(m.Message.Reference)).ToList();
        Assert.All(reminders, m => Assert.True(IsraelTime.DateOf(m.At) >= checkIns.Single(i => m.Message.Reference.StartsWith(i.Key + "|", StringComparison.Ordinal)).SentOn.AddDays(4)));
        var tasks = await simulation.Hub.Get<FollowUpQueries>().TasksAsync(DateTimeOffset.MinValue);
        var escalated = tasks.Where(t => t.Kind == TaskKinds.NoAnswer).Select(t => t.Key).ToHashSet();
        Assert.All(checkIns.Where(i => i.SentOn <= Last.AddDays(-14)), i => Assert.Contains(i.Key, escalated));
        Assert.All(checkIns.Where(i => i.SentOn > Last.AddDays(-4)), i => Assert.Equal(0, i.Reminders));
        Assert.True(reminders.Count > checkIns.Count, $"{reminders.Count} reminders for {checkIns.Count} check-ins");
    }

    [Fact]
    public async Task RunAsync_MissedWeek_CatchesUpEachMissedItemOnce()
    {
        var outageStart = new DateOnly(2018, 6, 10);
        var resume = outageStart.AddDays(7);
        // Besides the generated people, six placed so that their 6-month check falls in the outage,
        // one of them twice (two jobs), so that catching up meets the one-message-a-day rule.
        var generated = FollowUpData.Generated(people: 120, seed: 7);
        var placed = Enumerable.Range(0, 6).Select(i => FollowUpData.Person($"Q{i}", new DateOnly(2017, 1, 1))).ToList();
        var jobs = placed.Select((p, i) => new SpotEpisode
        {
            EpisodeId = $"QE{i}",
            ParticipantId = p.ParticipantId,
            StartDate = DateMath.AddMonths(outageStart.AddDays(i), -6),
        }).Append(new SpotEpisode { EpisodeId = "QE9", ParticipantId = "Q0", StartDate = DateMath.AddMonths(outageStart.AddDays(3), -12) });
        var data = new SpotSnapshot([.. generated.Participants, .. placed], [.. generated.Episodes, .. jobs], generated.Activities);
        await using var simulation = await StartAsync(azurite, outageStart.AddDays(-30), data);

        await simulation.RunDaysAsync(Daily(outageStart.AddDays(-30), outageStart.AddDays(-1)), Times);
        await simulation.RunDaysAsync(Daily(resume, resume.AddDays(20)), Times);

        var messages = simulation.Messages.ToList();
        Assert.DoesNotContain(messages, m => IsraelTime.DateOf(m.At) >= outageStart && IsraelTime.DateOf(m.At) < resume);
        Assert.Empty(messages.GroupBy(m => m.Message.Reference).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(messages.Where(m => !m.Message.Reference.Contains("|exit|", StringComparison.Ordinal))
            .GroupBy(m => (Participant(m.Message.Reference), IsraelTime.DateOf(m.At))).Where(g => g.Count() > 1).Select(g => g.Key));
        var missed = ExpectedFollowUps.RetentionDue(data, outageStart.AddDays(-1), resume.AddDays(-1));
        Assert.True(missed.Count >= 7, $"only {missed.Count} items fell due in the outage");
        var ledger = await simulation.LedgerAsync();
        foreach (var key in missed.Keys)
        {
            var item = Assert.Single(ledger.Items, i => i.Key == key);
            // On the first day back, or the next ones when the person already had a message that day.
            Assert.InRange(item.SentOn.DayNumber - resume.DayNumber, 0, 3);
            if (item.State == SentStates.Sent) Assert.Single(messages, m => m.Message.Reference == key);
        }
    }
}
