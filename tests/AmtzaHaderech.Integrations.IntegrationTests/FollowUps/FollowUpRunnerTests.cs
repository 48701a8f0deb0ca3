using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spot.Outbox;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.FollowUpData;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The runner's promises one at a time: failures, doubt, refusals, consent, answers, two runs at once.
[Collection(StorageCollection.Name)]
public sealed class FollowUpRunnerTests(AzuriteFixture azurite)
{
    // A Sunday (days 4, 10 and 14 are working days); P1 enrolled 100 days before, never contacted: a quarterly check-in is due.
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset TenAm = IsraelTime.At(Today, new TimeOnly(10, 0));

    private static SpotSnapshot OnePerson(string? phone = "050-1234567", string? email = "p1@example.org") =>
        new([Person("P1", Today.AddDays(-100), phone, email)], [], []);

    private async Task<(TestHub Hub, RecordingChannel Sms, RecordingChannel Email)> StartAsync(SpotSnapshot data)
    {
        var started = await FollowUpsHub.RecordingAsync(azurite, Today);
        await FollowUpsHub.MirrorAsync(started.Hub, data);
        return started;
    }

    private static Task<FollowUpRunResult> RunAt(TestHub hub, DateTimeOffset at)
    {
        hub.Clock.SetUtcNow(at);
        return hub.Get<FollowUpRunner>().RunAsync(at);
    }

    [Fact]
    public async Task RunAsync_ProviderFailsThenRecovers_SendsOnceAndCountsOnlyTheGoodRun()
    {
        var (hub, sms, _) = await StartAsync(OnePerson());
        await using var _h = hub;
        sms.Behaviour = _ => SendResult.Failed("sms provider 503");

        var failed = await RunAt(hub, TenAm);
        sms.Behaviour = null;
        var retried = await RunAt(hub, TenAm.AddMinutes(30));

        Assert.False(failed.Completed);
        Assert.Empty(failed.Sent);
        Assert.Equal(1, failed.Deferred);
        Assert.True(retried.Completed);
        Assert.Equal("P1", Assert.Single(retried.Sent).ParticipantId);
        Assert.Single(sms.Sent);
        Assert.Equal(Today, (await hub.Get<FollowUpStore>().LoadAsync()).PreviousRun);
    }

    [Fact]
    public async Task RunAsync_SmsInDoubt_SentAgainUnderTheSameReference()
    {
        var (hub, sms, _) = await StartAsync(OnePerson());
        await using var _h = hub;
        sms.Behaviour = _ => throw new TaskCanceledException("timeout");

        await RunAt(hub, TenAm);
        Assert.Equal(SentStates.Sending, Assert.Single((await hub.Get<FollowUpStore>().LoadAsync()).Items).State);
        sms.Behaviour = null;
        await RunAt(hub, TenAm.AddMinutes(30));
        await RunAt(hub, TenAm.AddMinutes(60));

        var item = Assert.Single((await hub.Get<FollowUpStore>().LoadAsync()).Items);
        Assert.Equal(SentStates.Sent, item.State);
        Assert.Equal(item.Key, Assert.Single(sms.Sent).Message.Reference);
    }

    [Fact]
    public async Task RunAsync_EmailInDoubt_CountedAsSentNeverRepeated()
    {
        var (hub, _, email) = await StartAsync(OnePerson(phone: null));
        await using var _h = hub;
        email.Behaviour = _ => throw new HttpRequestException("connection reset");

        await RunAt(hub, TenAm);
        email.Behaviour = null;
        await RunAt(hub, TenAm.AddMinutes(30));
        await RunAt(hub, TenAm.AddDays(1));

        Assert.Empty(email.Sent);
        Assert.Equal(SentStates.Sent, Assert.Single((await hub.Get<FollowUpStore>().LoadAsync()).Items).State);
    }

    [Fact]
    public async Task RunAsync_ProviderRefuses_CoordinatorGetsATaskAndItIsNotRetried()
    {
        var (hub, sms, _) = await StartAsync(OnePerson());
        await using var _h = hub;
        sms.Behaviour = _ => SendResult.Rejected("sms provider 400");

        var first = await RunAt(hub, TenAm);
        var second = await RunAt(hub, TenAm.AddDays(1));

        Assert.Equal(1, first.Rejected);
        Assert.Equal(0, second.Rejected + second.Sent.Count);
        Assert.Equal(SentStates.Rejected, Assert.Single((await hub.Get<FollowUpStore>().LoadAsync()).Items).State);
        Assert.Equal(TaskKinds.Undeliverable, Assert.Single(await hub.Get<FollowUpQueries>().TasksAsync(DateTimeOffset.MinValue)).Kind);
    }

    [Fact]
    public async Task RunAsync_QuietTime_DefersAndSendsNothing()
    {
        var (hub, sms, _) = await StartAsync(OnePerson());
        await using var _h = hub;
        var saturday = IsraelTime.At(new DateOnly(2026, 11, 28), new TimeOnly(11, 0));

        var result = await RunAt(hub, saturday);

        Assert.Equal(1, result.Deferred);
        Assert.Empty(sms.Sent);
        Assert.Empty((await hub.Get<FollowUpStore>().LoadAsync()).Items);
    }

    [Fact]
    public async Task RunAsync_TwoRunsAtOnce_SendEachItemOnce()
    {
        var people = Enumerable.Range(0, 20).Select(i => Person($"P{i:D2}", Today.AddDays(-100 - i), $"050-{1000000 + i}")).ToList();
        var (hub, sms, _) = await StartAsync(new SpotSnapshot(people, [], []));
        await using var _h = hub;
        hub.Clock.SetUtcNow(TenAm);
        var runner = hub.Get<FollowUpRunner>();

        var results = await Task.WhenAll(runner.RunAsync(TenAm), runner.RunAsync(TenAm), runner.RunAsync(TenAm));

        Assert.Equal(20, results.Sum(r => r.Sent.Count));
        Assert.Equal(20, sms.Sent.Select(s => s.Message.Reference).Distinct().Count());
        Assert.Equal(20, sms.Sent.Count);
    }

    [Fact]
    public async Task RunAsync_NoSmsConsentFromTheIntakeForm_SendsByEmail()
    {
        var (hub, sms, email) = await StartAsync(OnePerson());
        await using var _h = hub;
        await hub.Get<ParticipantStore>().SavePersonAsync(new Participant
        {
            Id = "hub-P1",
            SpotId = "P1",
            RecruitmentChannel = "intake",
            Sources = ["intake:form:1", "spot:P1"],
            SmsConsent = false,
            EmailConsent = true,
            CreatedAt = TenAm,
        }, null);

        var result = await RunAt(hub, TenAm);

        Assert.Equal(FollowUpChannels.Email, Assert.Single(result.Sent).Channel);
        Assert.Empty(sms.Sent);
        Assert.Equal("p1@example.org", Assert.Single(email.Sent).Message.To);
    }

    [Fact]
    public async Task RunAsync_Unsubscribed_NoReminderAndLaterItemsGoToTheCoordinator()
    {
        var (hub, sms, _) = await StartAsync(OnePerson());
        await using var _h = hub;
        await RunAt(hub, TenAm);
        var signer = hub.Get<LinkSigner>();
        await hub.Get<FollowUpAnswers>().UnsubscribeAsync(signer.Issue(LinkPages.Unsubscribe, "P1", FollowUpRules.Quarterly, Today.AddDays(-10)));

        for (var day = 1; day <= 100; day++) await RunAt(hub, TenAm.AddDays(day));

        Assert.Single(sms.Sent);
        var items = (await hub.Get<FollowUpStore>().LoadAsync()).Items;
        Assert.Contains(items, i => i.State == SentStates.Coordinator && i.Rule == FollowUpRules.Quarterly);
        var tasks = await hub.Get<FollowUpQueries>().TasksAsync(DateTimeOffset.MinValue);
        Assert.Contains(tasks, t => t.Kind == TaskKinds.NoChannel);
    }

    [Fact]
    public async Task RunAsync_Answered_NoReminderNoEscalationAndNotInTheMonthsUnanswered()
    {
        var (hub, sms, _) = await StartAsync(OnePerson());
        await using var _h = hub;
        var sent = Assert.Single((await RunAt(hub, TenAm)).Sent);
        var token = hub.Get<LinkSigner>().Issue(LinkPages.Status, "P1", sent.Rule, sent.DueOn);
        var month = new ReportMonth(sent.DueOn.Year, sent.DueOn.Month);
        Assert.Single(await hub.Get<FollowUpQueries>().UnansweredFollowUpsAsync(month));
        await hub.Get<FollowUpAnswers>().RecordStatusAsync(token, new StatusAnswer { Working = WorkingAnswers.No, CallRequested = true });

        for (var day = 1; day <= 20; day++) await RunAt(hub, TenAm.AddDays(day));

        Assert.Single(sms.Sent);
        Assert.Empty(await hub.Get<FollowUpQueries>().UnansweredFollowUpsAsync(month));
        var tasks = await hub.Get<FollowUpQueries>().TasksAsync(DateTimeOffset.MinValue);
        Assert.Equal([TaskKinds.CallRequest, TaskKinds.NotWorking], tasks.Select(t => t.Kind).Order());
        // The next run handed the send's and the answer's changes to the SPOT outbox.
        var changes = await FollowUpsHub.SpotOutboxAsync(hub.Services, "P1");
        Assert.Equal([SpotChangeKinds.Activity, SpotChangeKinds.Activity, SpotChangeKinds.EmploymentStatus], changes.Select(c => c.Kind).Order());
        Assert.Equal("not_employed", changes.Single(c => c.Kind == SpotChangeKinds.EmploymentStatus).EmploymentStatus!.Status);
        Assert.Equal(["message_sent", "status_update"], changes.Where(c => c.Activity is not null).Select(c => c.Activity!.Type).Order());
        var messageSent = changes.Single(c => c.Activity?.Type == "message_sent").Activity!;
        Assert.Equal((IsraelTime.DateOf(TenAm), "נשלח ב-SMS"), (messageSent.Date, messageSent.Outcome));
    }

    [Fact]
    public async Task RunAsync_NoAnswer_RemindsOnDays4And10ThenEscalatesOnDay14()
    {
        var (hub, sms, _) = await StartAsync(OnePerson());
        await using var _h = hub;
        var sent = Assert.Single((await RunAt(hub, TenAm)).Sent);

        var escalatedOn = new List<int>();
        for (var day = 1; day <= 20; day++)
            if ((await RunAt(hub, TenAm.AddDays(day))).Escalated > 0) escalatedOn.Add(day);

        var reminders = sms.Sent.Skip(1).Select(s => (IsraelTime.DateOf(s.At).DayNumber - Today.DayNumber, s.Message.Reference)).ToList();
        Assert.Equal([(4, sent.Key + "|reminder1"), (10, sent.Key + "|reminder2")], reminders);
        Assert.Equal([14], escalatedOn);
        var task = Assert.Single(await hub.Get<FollowUpQueries>().TasksAsync(DateTimeOffset.MinValue));
        Assert.Equal((TaskKinds.NoAnswer, sent.Key), (task.Kind, task.Key));
    }
}
