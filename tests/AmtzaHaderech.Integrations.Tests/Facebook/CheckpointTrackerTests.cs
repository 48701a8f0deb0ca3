using AmtzaHaderech.Integrations.Facebook.Reconciliation;

namespace AmtzaHaderech.Integrations.Tests.Facebook;

public sealed class CheckpointTrackerTests
{
    [Fact]
    public void AfterPage_NewestFirst_MovesOnlyAfterTheLastPage()
    {
        var tracker = new CheckpointTracker(100);

        Assert.Null(tracker.AfterPage([500, 400], lastPage: false));
        Assert.Null(tracker.AfterPage([300, 200], lastPage: false));
        Assert.Equal(500, tracker.AfterPage([150], lastPage: true));
    }

    [Fact]
    public void AfterPage_OldestFirst_MovesAfterEachPageShortOfItsLastSecond()
    {
        var tracker = new CheckpointTracker(100);

        Assert.Equal(199, tracker.AfterPage([150, 200], lastPage: false));
        Assert.Equal(399, tracker.AfterPage([300, 400], lastPage: false));
        Assert.Equal(500, tracker.AfterPage([500], lastPage: true));
    }

    [Fact]
    public void AfterPage_SameSecondOnlyOrNothingNewer_NeverMovesBack()
    {
        var tracker = new CheckpointTracker(1000);

        Assert.Null(tracker.AfterPage([900, 900], lastPage: false));
        Assert.Null(tracker.AfterPage([], lastPage: true));
        Assert.Equal(1000, tracker.Current);
    }
}
