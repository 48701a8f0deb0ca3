using AmtzaHaderech.Integrations.FollowUps;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spot.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// A test hub (with the follow-ups, as every hub), and helpers to put SPOT data in its mirror.
internal static class FollowUpsHub
{
    public static Task<TestHub> StartAsync(AzuriteFixture azurite, DateOnly today, Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null) =>
        TestHub.StartAsync(azurite, today, settings, services);

    /// A hub whose SMS and e-mail go to recording channels instead of providers.
    public static async Task<(TestHub Hub, RecordingChannel Sms, RecordingChannel Email)> RecordingAsync(AzuriteFixture azurite, DateOnly today,
        Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        RecordingChannel? sms = null, email = null;
        var hub = await StartAsync(azurite, today, settings, services: s =>
        {
            services?.Invoke(s);
            s.AddSingleton(sp =>
            {
                var clock = sp.GetRequiredService<TimeProvider>();
                sms = new RecordingChannel(FollowUpChannels.Sms, clock);
                email = new RecordingChannel(FollowUpChannels.Email, clock);
                return new MessageChannels([sms, email]);
            });
        });
        hub.Get<MessageChannels>();
        return (hub, sms!, email!);
    }

    /// One scheduler run at `at`, with the hub's clock moved there first.
    public static Task<FollowUpRunResult> RunAtAsync(TestHub hub, DateTimeOffset at)
    {
        hub.Clock.SetUtcNow(at);
        return hub.Get<FollowUpRunner>().RunAsync(at);
    }

    /// The personal link behind a message's one short link, as its page reads it.
    public static async Task<LinkToken> LinkOfAsync(TestHub hub, OutgoingMessage message)
    {
        var url = Assert.Single(message.Lines, l => l.Url is not null).Url!;
        Assert.Matches(@"/l/[A-Za-z0-9]{10}$", url);
        var path = await hub.Get<ShortLinks>().ResolveAsync(url.Split('/')[^1]) ?? throw new InvalidOperationException($"{url} does not resolve.");
        return hub.Get<LinkSigner>().Read(path.Split('/')[^1], path[1]).Token!;
    }

    /// The changes waiting in the SPOT outbox for a SPOT participant (mirrored as `hub-{id}`).
    public static async Task<IReadOnlyList<SpotChange>> SpotOutboxAsync(IServiceProvider services, string spotId) =>
        [.. (await services.GetRequiredService<SpotOutbox>().ChangesAsync("hub-" + spotId, "pending")).Select(c => c.Change)];

    /// The conference invitations in the `followups` table, as (day, answered), in order.
    public static async Task<IReadOnlyList<(DateOnly ConferenceOn, bool Answered)>> InvitationsAsync(IServiceProvider services) =>
        [.. (await services.GetRequiredService<FollowUpStore>().LoadAsync()).Invitations.Select(i => (i.ConferenceOn, i.Answered)).Order()];

    /// Writes the snapshot's rows into the SPOT mirror, as an import of that export would.
    public static Task MirrorAsync(TestHub hub, SpotSnapshot data) => MirrorAsync(hub.Services, data);

    public static async Task MirrorAsync(IServiceProvider services, SpotSnapshot data)
    {
        var mirror = services.GetRequiredService<SpotMirrorStore>();
        foreach (var person in data.Participants)
            await mirror.PutParticipantAsync(person, SpotMirrorStore.HashOf(person), "hub-" + person.ParticipantId);
        await mirror.PutRowsAsync(mirror.EpisodesTable, data.Episodes.Select(e => (e.ParticipantId, e.EpisodeId, SpotMirrorStore.HashOf(e), e)), []);
        await mirror.PutRowsAsync(mirror.ActivitiesTable, data.Activities.Select(a => (a.ParticipantId, a.ActivityId, SpotMirrorStore.HashOf(a), a)), []);
    }
}

/// A channel that keeps what it was given, with the fake clock's time: what a provider received.
internal sealed class RecordingChannel(string channel, TimeProvider clock) : IMessageChannel
{
    private readonly List<(OutgoingMessage Message, DateTimeOffset At)> _sent = [];

    public string Channel => channel;

    public Func<OutgoingMessage, SendResult>? Behaviour { get; set; }

    public IReadOnlyList<(OutgoingMessage Message, DateTimeOffset At)> Sent
    {
        get { lock (_sent) return [.. _sent]; }
    }

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        var result = Behaviour?.Invoke(message) ?? SendResult.Sent("id-" + message.Reference);
        if (result.Status == SendStatus.Sent)
            lock (_sent) _sent.Add((message, clock.GetUtcNow()));
        return Task.FromResult(result);
    }
}

/// The hub's own record of a SPOT participant (`hub-{id}`, as FollowUpsHub.MirrorAsync links
/// them): where the language a person chose is kept.
internal static class HubPeople
{
    public static Task LinkAsync(IServiceProvider services, string spotId, string? language = null, string? gender = null) =>
        services.GetRequiredService<ParticipantStore>().SavePersonAsync(new Participant
        {
            Id = "hub-" + spotId,
            SpotId = spotId,
            FirstName = "דנה",
            LastName = "כהן",
            Language = language,
            Gender = gender,
            RecruitmentChannel = "intake",
            Sources = ["spot:" + spotId],
            SmsConsent = true,
            EmailConsent = true,
            CreatedAt = DateTimeOffset.UnixEpoch,
        }, null);
}
