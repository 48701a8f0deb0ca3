using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.IntegrationTests.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace AmtzaHaderech.Integrations.IntegrationTests.Workshops;

/// The workshops page (`/w/{token}`) in a real browser: signed up and cancelled by keyboard
/// alone, in Hebrew and Russian, axe's WCAG 2.1 AA rules clean in every state, and a page opened
/// while a seat was left and sent after the session filled taking no seat. Screenshots in
/// artifacts/workshops/.
[Collection(StorageCollection.Name)]
public sealed class WorkshopsPageBrowserTests(AzuriteFixture azurite) : BrowserTests
{
    private const string Area = "workshops";

    // Enter on the focused button posts the form; returns once the answer's page has replaced
    // the old one (the old document is marked, so a load state of the old page never counts).
    private static async Task<IResponse> SubmitAsync(IPage page)
    {
        await page.EvaluateAsync("() => { window.previousPage = true; }");
        var response = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"), r => r.Request.Method == "POST");
        await page.WaitForFunctionAsync("() => !window.previousPage && document.readyState !== 'loading'");
        return response;
    }

    // Tab past the map link to the session's first button.
    private static async Task TabToButtonAsync(IPage page)
    {
        for (var i = 0; i < 3 && await FocusedAsync(page) != "BUTTON"; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("BUTTON", await FocusedAsync(page));
    }

    private static string PathOf(PageLinks links)
    {
        var signer = links.App.Get<LinkSigner>();
        return $"/{LinkPages.Workshops}/{signer.Sign(signer.Issue(LinkPages.Workshops, PageLinks.ParticipantId, FollowUpRules.Workshop, new DateOnly(2026, 11, 22)))}";
    }

    private static WorkshopSession Session(PageLinks links, string id) =>
        WorkshopCalendar.Find(links.App.Get<IOptions<FollowUpsOptions>>().Value, id)!;

    public static TheoryData<string, string, string, string> Languages() => new()
    {
        // language, direction, the first session's title, the answer after "I'll come"
        { "he", "rtl", "סדנת קורות חיים", "נרשמת לסדנה \"סדנת קורות חיים\". נזכיר לך לפני." },
        { "ru", "ltr", "Семинар по резюме", "Вы записаны на семинар «Семинар по резюме». Мы напомним заранее." },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task WorkshopsPage_KeyboardOnly_SignUpThenCancelInHerLanguage(string language, string direction, string title, string booked)
    {
        var links = await PageLinks.StartAsync(azurite, WorkshopCalendars.Ksb(), person => person with { Gender = "F" });
        await using var _ = links.App;
        if (language != "he") await HubPeople.LinkAsync(links.App.Services, PageLinks.ParticipantId, language: language);
        // The interview workshop's one seat is taken: it offers the waiting list.
        await links.App.Get<WorkshopSeats>().SignUpAsync(Session(links, WorkshopCalendars.InterviewSession), "P00700099");
        var page = await Browser.NewPageAsync(Chromium.Phone, isMobile: true);
        await page.GotoAsync(links.Url(PathOf(links)).ToString());

        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(direction, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        Assert.Equal(title, (await page.Locator("h2").AllInnerTextsAsync())[0]);
        await Chromium.ScreenshotAsync(page, $"workshops-{language}", Area);
        await NoViolationsAsync(page);

        await TabToButtonAsync(page);
        Assert.Equal("w-" + WorkshopCalendars.CvSession, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-describedby')"));
        Assert.Equal(200, (await SubmitAsync(page)).Status);
        Assert.Equal(booked, await page.InnerTextAsync("[role=status]"));
        await Chromium.ScreenshotAsync(page, $"workshops-booked-{language}", Area);
        await NoViolationsAsync(page);
        Assert.Equal(SignUpStates.Booked, (await links.App.Get<WorkshopSeats>().SignUpOfAsync(WorkshopCalendars.CvSession, PageLinks.ParticipantId))!.State);

        // The same page now offers to cancel; the full session's button joins its waiting list.
        await TabToButtonAsync(page);
        Assert.Equal(200, (await SubmitAsync(page)).Status);
        Assert.Equal(SignUpStates.Cancelled, (await links.App.Get<WorkshopSeats>().SignUpOfAsync(WorkshopCalendars.CvSession, PageLinks.ParticipantId))!.State);
        await NoViolationsAsync(page);
    }

    [Fact]
    public async Task WorkshopsPage_OpenedWithTheLastSeatSentAfterItWasTaken_WaitingListNotASeat()
    {
        var links = await PageLinks.StartAsync(azurite, WorkshopCalendars.Ksb(cvSeats: 1));
        await using var _ = links.App;
        var page = await Browser.NewPageAsync(Chromium.Desktop);
        await page.GotoAsync(links.Url(PathOf(links)).ToString());
        Assert.Contains("נשאר מקום אחד פנוי.", await page.InnerTextAsync("section"));

        // Someone else takes the seat while her page is open (Rock RMS #5831).
        await links.App.Get<WorkshopSeats>().SignUpAsync(Session(links, WorkshopCalendars.CvSession), "P00700099");
        await TabToButtonAsync(page);
        Assert.Equal(200, (await SubmitAsync(page)).Status);

        Assert.Contains("התמלאה לפני שההרשמה שלכם הגיעה", await page.InnerTextAsync("[role=status]"));
        Assert.Contains("במקום 1", await page.InnerTextAsync("[role=status]"));
        await Chromium.ScreenshotAsync(page, "workshops-filled-desktop", Area);
        await NoViolationsAsync(page);
        var count = await links.App.Get<WorkshopSeats>().CountAsync(WorkshopCalendars.CvSession);
        Assert.Equal((1, 1), (count.Held, count.Waiting));
    }

    [Fact]
    public async Task WorkshopsPage_PostedAsAFormWithoutScript_UnknownSessionRefusedNothingChanged()
    {
        var links = await PageLinks.StartAsync(azurite, WorkshopCalendars.Ksb());
        await using var _ = links.App;
        using var client = new HttpClient();

        var response = await client.PostAsync(links.Url(PathOf(links)), PageLinks.Form(("session", "ksb-20990101-1000"), ("action", "come")));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("הסדנה שנבחרה כבר לא ברשימה", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await links.App.Get<WorkshopSeats>().CountAsync(WorkshopCalendars.CvSession)).Held);
    }
}
