using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.IntegrationTests.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Workshops;

/// The seats of a session on real Table storage (Azurite): never oversold however many answer at
/// once, the waiting list in order, offers that lapse to the next person.
[Collection(StorageCollection.Name)]
public sealed class WorkshopSeatsTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    internal static WorkshopSession Session(int seats, string center = "ksb") =>
        new(WorkshopSession.IdOf(center, new DateOnly(2026, 12, 3), new TimeOnly(10, 0)), center, "סדנת קורות חיים",
            new Dictionary<string, string>(), new DateOnly(2026, 12, 3), new TimeOnly(10, 0), new TimeOnly(12, 0),
            "מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא", new Dictionary<string, string>(), null, seats);

    [Fact]
    public async Task SignUpAsync_TwentyRaceForFiveSeats_ExactlyFiveBookedTheRestWaitInOrder()
    {
        await using var hub = await FollowUpsHub.StartAsync(azurite, Today);
        var seats = hub.Get<WorkshopSeats>();
        var session = Session(5);
        using var start = new ManualResetEventSlim();

        var racers = Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await seats.SignUpAsync(session, $"P{i:D3}");
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(racers);

        Assert.Equal(5, results.Count(r => r.Outcome == SignUpOutcome.Booked));
        Assert.Equal(15, results.Count(r => r.Outcome == SignUpOutcome.Waiting));
        Assert.Equal(Enumerable.Range(1, 15), results.Where(r => r.Position is not null).Select(r => r.Position!.Value).Order());
        var stored = await seats.SignUpsAsync(session.Id);
        Assert.Equal(5, stored.Count(s => s.State == SignUpStates.Booked));
        Assert.Equal(15, stored.Count(s => s.State == SignUpStates.Waiting));
        var count = await seats.CountAsync(session.Id);
        Assert.Equal((5, 15), (count.Held, count.Waiting));
    }

    [Fact]
    public async Task SignUpAsync_PageShowedTheLastSeatButAnotherTookItFirst_GoesToTheWaitingList()
    {
        await using var hub = await FollowUpsHub.StartAsync(azurite, Today);
        var seats = hub.Get<WorkshopSeats>();
        var session = Session(1);
        // Both pages were opened while one seat was left.
        Assert.Equal(1, (await seats.CountAsync(session.Id)).FreeFor(session.Seats));

        var first = await seats.SignUpAsync(session, "P001");
        var second = await seats.SignUpAsync(session, "P002");
        var again = await seats.SignUpAsync(session, "P001");

        Assert.Equal(SignUpOutcome.Booked, first.Outcome);
        Assert.Equal((SignUpOutcome.Waiting, 1), (second.Outcome, second.Position));
        Assert.Equal(SignUpOutcome.Already, again.Outcome);
        Assert.Equal(1, (await seats.CountAsync(session.Id)).Held);
    }

    [Fact]
    public async Task AdvanceAsync_SeatCancelled_OfferedToTheFirstWaitingThenTheNextWhenItLapses()
    {
        await using var hub = await FollowUpsHub.StartAsync(azurite, Today);
        var seats = hub.Get<WorkshopSeats>();
        var session = Session(1);
        await seats.SignUpAsync(session, "P001");
        await seats.SignUpAsync(session, "P002");
        await seats.SignUpAsync(session, "P003");

        Assert.Empty(await seats.AdvanceAsync(session, TimeSpan.FromHours(24)));
        Assert.True(await seats.CancelAsync(session.Id, "P001"));
        // A newcomer does not pass the waiting list by the freed seat.
        Assert.Equal(SignUpOutcome.Waiting, (await seats.SignUpAsync(session, "P004")).Outcome);
        var offered = Assert.Single(await seats.AdvanceAsync(session, TimeSpan.FromHours(24)));
        Assert.Equal("P002", offered.ParticipantId);
        Assert.Empty(await seats.AdvanceAsync(session, TimeSpan.FromHours(24))); // a re-run offers nothing more

        hub.Clock.Advance(TimeSpan.FromHours(25));
        var next = Assert.Single(await seats.AdvanceAsync(session, TimeSpan.FromHours(24)));
        Assert.Equal("P003", next.ParticipantId);
        Assert.False(await seats.TakeOfferAsync(session.Id, "P002"));
        Assert.True(await seats.TakeOfferAsync(session.Id, "P003"));

        var states = (await seats.SignUpsAsync(session.Id)).ToDictionary(s => s.ParticipantId, s => s.State);
        Assert.Equal(SignUpStates.Cancelled, states["P001"]);
        Assert.Equal(SignUpStates.Lapsed, states["P002"]);
        Assert.Equal(SignUpStates.Booked, states["P003"]);
        Assert.Equal(SignUpStates.Waiting, states["P004"]);
        var count = await seats.CountAsync(session.Id);
        Assert.Equal((1, 1), (count.Held, count.Waiting));
    }

    [Fact]
    public async Task CancelAndSignUp_AtOnceOnAFullSession_NeverMoreThanTheSeats()
    {
        await using var hub = await FollowUpsHub.StartAsync(azurite, Today);
        var seats = hub.Get<WorkshopSeats>();
        var session = Session(3);
        foreach (var id in new[] { "P001", "P002", "P003" }) await seats.SignUpAsync(session, id);

        await Task.WhenAll(
            Enumerable.Range(4, 10).Select(i => Task.Run(() => seats.SignUpAsync(session, $"P{i:D3}")))
                .Concat<Task>([Task.Run(() => seats.CancelAsync(session.Id, "P002")), Task.Run(() => seats.CancelAsync(session.Id, "P003"))]));
        await seats.AdvanceAsync(session, TimeSpan.FromHours(24));

        var stored = await seats.SignUpsAsync(session.Id);
        var holding = stored.Count(s => SignUpStates.HoldsSeat(s.State));
        Assert.Equal(3, holding);
        Assert.Equal(holding, (await seats.CountAsync(session.Id)).Held);
        Assert.Equal(stored.Count(s => s.State == SignUpStates.Waiting), (await seats.CountAsync(session.Id)).Waiting);
    }
}
