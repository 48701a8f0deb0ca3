using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The scheduler over many days on one store: the runner called at fixed Israel times each day
/// with the fake clock set to the moment, as the timer would call it.
internal sealed class SchedulerSimulation : IAsyncDisposable
{
    private SchedulerSimulation(TestHub hub, RecordingChannel sms, RecordingChannel email)
    {
        Hub = hub;
        Sms = sms;
        Email = email;
    }

    public TestHub Hub { get; }
    public RecordingChannel Sms { get; }
    public RecordingChannel Email { get; }
    public List<FollowUpRunResult> Runs { get; } = [];

    /// Every message any provider received, with when.
    public IEnumerable<(OutgoingMessage Message, DateTimeOffset At)> Messages => Sms.Sent.Concat(Email.Sent);

    public static async Task<SchedulerSimulation> StartAsync(AzuriteFixture azurite, DateOnly first, SpotSnapshot data)
    {
        var (hub, sms, email) = await FollowUpsHub.RecordingAsync(azurite, first);
        await FollowUpsHub.MirrorAsync(hub, data);
        return new SchedulerSimulation(hub, sms, email);
    }

    public async Task RunDaysAsync(IEnumerable<DateOnly> days, params TimeOnly[] times)
    {
        var runner = Hub.Get<FollowUpRunner>();
        foreach (var day in days)
            foreach (var time in times)
            {
                var at = IsraelTime.At(day, time);
                Hub.Clock.SetUtcNow(at);
                Runs.Add(await runner.RunAsync(at));
            }
    }

    public Task<FollowUpLedger> LedgerAsync() => Hub.Get<FollowUpStore>().LoadAsync();

    public static IEnumerable<DateOnly> Daily(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1)) yield return day;
    }

    public ValueTask DisposeAsync() => Hub.DisposeAsync();
}
