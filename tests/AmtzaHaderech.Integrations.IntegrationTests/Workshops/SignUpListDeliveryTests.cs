using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using AmtzaHaderech.Integrations.IntegrationTests.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Tabular;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.IntegrationTests.Workshops;

/// The day before a session, its sign-up list reaches each coordinator of the center: the
/// workbook to mark in the local outbox (no Teams configured), and a card per coordinator naming
/// the people signed up and the waiting list, with a link to the workbook; once, however often
/// the job runs.
[Collection(StorageCollection.Name)]
public sealed class SignUpListDeliveryTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateOnly DayBefore = new(2026, 12, 2);
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "sign-up-lists-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_outbox)) Directory.Delete(_outbox, recursive: true);
    }

    private async Task<(TestHub Hub, WorkshopSession Session)> SignedUpAsync()
    {
        var settings = WorkshopCalendars.Ksb(cvSeats: 2);
        settings["FollowUps:OutboxFolder"] = _outbox;
        // Kfar Saba's second coordinator has no Teams user: named, not @mentioned.
        settings["Centers:Items:1:Coordinators:1:TeamsUser"] = "";
        var hub = await FollowUpsHub.StartAsync(azurite, DayBefore, settings);
        await FollowUpsHub.MirrorAsync(hub, new SpotSnapshot(
        [
            FollowUpData.Person("P001", new DateOnly(2026, 11, 1), center: "ksb"),
            FollowUpData.Person("P002", new DateOnly(2026, 11, 1), phone: "052-7654321", center: "ksb") with { FirstName = "יעקב", LastName = "לוי" },
            FollowUpData.Person("P003", new DateOnly(2026, 11, 1), center: "ksb"),
        ], [], []));
        var session = WorkshopCalendar.Find(hub.Get<IOptions<FollowUpsOptions>>().Value, WorkshopCalendars.CvSession)!;
        foreach (var id in new[] { "P001", "P002", "P003" }) await hub.Get<WorkshopSeats>().SignUpAsync(session, id);
        return (hub, session);
    }

    private static JsonNode Content(string cardPath) => JsonNode.Parse(File.ReadAllText(cardPath))!["attachments"]![0]!["content"]!;

    [Fact]
    public async Task DeliverAsync_DayBefore_ACardPerCoordinatorNamingThePeopleAndTheWaitingListWithTheWorkbook()
    {
        var (hub, session) = await SignedUpAsync();
        await using var _ = hub;

        var delivered = await hub.Get<SignUpListDelivery>().DeliverAsync(DayBefore, IsraelTime.At(DayBefore, new TimeOnly(15, 0)));

        Assert.Equal(["מיכל אברהם", "יוסי מזרחי"], delivered.Select(d => d.Notice.CoordinatorName));
        var workbook = Path.Combine(_outbox, "teams", "sign-ups-ksb-20261203-1000.xlsx");
        Assert.All(delivered, d => Assert.Equal((workbook, new Uri(workbook).AbsoluteUri), (d.WorkbookPath, d.WorkbookLink)));
        var michal = Content(delivered[0].CardPath!);
        Assert.Equal("<at>מיכל אברהם</at>, רשימת הנרשמים לסדנה של מחר", (string?)michal["body"]![0]!["text"]);
        Assert.Equal("ksb-coord-1@example.org", (string?)michal["msteams"]!["entities"]![0]!["mentioned"]!["id"]);
        Assert.StartsWith("סדנת קורות חיים, 03/12/2026 10:00-12:00, ", (string?)michal["body"]![1]!["inlines"]![0]!["text"]);
        Assert.Equal("2 נרשמו מתוך 2 מקומות · ממתין אחד ברשימת ההמתנה. סמנו ברשימה מי הגיע.", (string?)michal["body"]![2]!["text"]);
        Assert.Equal(["דנה כהן · 050-1234567", "יעקב לוי · 052-7654321"],
            michal["body"]!.AsArray().Skip(3).Select(b => (string?)b!["inlines"]![0]!["text"]));
        Assert.Equal(("רשימת הנרשמים (2)", new Uri(workbook).AbsoluteUri), ((string?)michal["actions"]![0]!["title"], (string?)michal["actions"]![0]!["url"]));
        var yossi = Content(delivered[1].CardPath!);
        Assert.Equal("יוסי מזרחי, רשימת הנרשמים לסדנה של מחר", (string?)yossi["body"]![0]!["text"]);
        Assert.Null(yossi["msteams"]!["entities"]);

        // The workbook the coordinator marks: the two with seats, and the "הגיע?" column.
        var rows = XlsxSheetReader.Rows(new MemoryStream(await File.ReadAllBytesAsync(workbook)), null).ToList();
        Assert.Contains(rows, r => r.Cells.Any(c => c.Text == "הגיע?"));
        Assert.Equal(["P001", "P002"], rows.SelectMany(r => r.Cells).Select(c => c.Text.TrimStart('\'')).Where(t => t.StartsWith('P') && t.Length == 4));
    }

    [Fact]
    public async Task DeliverAsync_RunTwiceTheSameDay_DeliveredOnce()
    {
        var (hub, _) = await SignedUpAsync();
        await using var __ = hub;
        var delivery = hub.Get<SignUpListDelivery>();

        var first = await delivery.DeliverAsync(DayBefore, IsraelTime.At(DayBefore, new TimeOnly(15, 0)));
        var second = await delivery.DeliverAsync(DayBefore, IsraelTime.At(DayBefore, new TimeOnly(16, 0)));

        Assert.Equal(2, first.Count);
        Assert.Empty(second);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_outbox, "teams"), "teams-card-sign-ups-*.json").Length);
    }

    [Fact]
    public async Task DeliverAsync_NotTheDayBefore_NothingDelivered()
    {
        var (hub, _) = await SignedUpAsync();
        await using var __ = hub;

        var twoDaysBefore = await hub.Get<SignUpListDelivery>().DeliverAsync(DayBefore.AddDays(-1), IsraelTime.At(DayBefore, new TimeOnly(15, 0)));
        var theDayItself = await hub.Get<SignUpListDelivery>().DeliverAsync(DayBefore.AddDays(1), IsraelTime.At(DayBefore, new TimeOnly(15, 0)));

        Assert.Empty(twoDaysBefore);
        Assert.Empty(theDayItself);
        Assert.False(Directory.Exists(Path.Combine(_outbox, "teams")));
    }

    [Fact]
    public async Task DeliverAsync_SundaysSession_ListedOnFridayAndNothingPostedOnShabbat()
    {
        var settings = WorkshopCalendars.Ksb();
        settings["FollowUps:Workshops:ksb:1:Date"] = "2026-12-06";
        settings["FollowUps:OutboxFolder"] = _outbox;
        await using var hub = await FollowUpsHub.StartAsync(azurite, DayBefore, settings);
        var delivery = hub.Get<SignUpListDelivery>();
        var (friday, shabbat) = (new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 5));

        // Run as on Shabbat first (the list not delivered yet): nothing is posted.
        var onShabbat = await delivery.DeliverAsync(shabbat, IsraelTime.At(shabbat, new TimeOnly(15, 0)));
        var onFriday = await delivery.DeliverAsync(friday, IsraelTime.At(friday, new TimeOnly(15, 0)));

        Assert.Empty(onShabbat);

        Assert.All(onFriday, d => Assert.Equal("ksb-20261206-0930", d.Notice.Session.Id));
        Assert.Equal(2, onFriday.Count);
        Assert.Equal("<at>מיכל אברהם</at>, רשימת הנרשמים לסדנה של יום ראשון", (string?)Content(onFriday[0].CardPath!)["body"]![0]!["text"]);
    }
}
