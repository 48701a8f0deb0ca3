using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The personal pages in each language a person can choose (Hebrew, Russian, Arabic), in a real
/// browser: the page's `lang` and direction, answered by keyboard alone, axe's WCAG 2.1 AA rules
/// clean in every state. Screenshots in artifacts/followups/ (`{state}-{language}`).
[Collection(StorageCollection.Name)]
public sealed class FollowUpPagesLanguagesBrowserTests(AzuriteFixture azurite) : BrowserTests
{
    private const string Area = "followups";

    public static TheoryData<string, string, string, string> Languages() => new()
    {
        // language, direction, the check-in's question to a woman, the thanks on the RSVP
        { "he", "rtl", "את עובדת עכשיו?", "תודה, נתראה בכנס!" },
        { "ru", "ltr", "Вы сейчас работаете?", "Спасибо, до встречи!" },
        { "ar", "rtl", "هل تعملين الآن؟", "شكرًا، نراكِ في اللقاء!" },
    };

    private async Task<(PageLinks Links, IPage Page)> OpenAsync(string language, Dictionary<string, string?>? settings = null)
    {
        var links = await PageLinks.StartAsync(azurite, settings, person => person with { Gender = "F", Coordinator = "ksb-coord-1@example.org" });
        if (language != "he") await HubPeople.LinkAsync(links.App.Services, PageLinks.ParticipantId, language: language);
        return (links, await Browser.NewPageAsync(Chromium.Phone, isMobile: true));
    }

    private static async Task<IResponse> SubmitAsync(IPage page)
    {
        var response = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return response;
    }

    private static async Task AssertLanguageAsync(IPage page, string language, string direction)
    {
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(direction, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task StatusPage_KeyboardOnly_InHerLanguageAndClean(string language, string direction, string question, string _)
    {
        var (links, page) = await OpenAsync(language);
        await using var _a = links.App;
        await page.GotoAsync(links.Url(links.Path(LinkPages.Status)).ToString());
        await AssertLanguageAsync(page, language, direction);
        Assert.Contains(question, await page.InnerTextAsync("legend"));
        await Chromium.ScreenshotAsync(page, $"status-{language}", Area);
        await NoViolationsAsync(page);

        for (var i = 0; i < 10; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("BUTTON", await FocusedAsync(page));
        Assert.Equal(400, (await SubmitAsync(page)).Status);
        Assert.Equal("working-same-error", await page.GetAttributeAsync("#working-same", "aria-describedby"));
        Assert.Equal("has-error", await page.GetAttributeAsync("fieldset", "class"));
        await Chromium.ScreenshotAsync(page, $"status-errors-{language}", Area);
        await NoViolationsAsync(page);

        await page.GotoAsync(links.Url(links.Path(LinkPages.Status)).ToString());
        await TabToAsync(page, "working-same");
        await page.Keyboard.PressAsync("ArrowUp"); // the last choice: no
        Assert.True(await page.IsCheckedAsync("#working-no"));
        for (var i = 0; i < 8 && await FocusedAsync(page) != "call-yes"; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("call-yes", await FocusedAsync(page));
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "BUTTON");
        Assert.Equal(200, (await SubmitAsync(page)).Status);

        await AssertLanguageAsync(page, language, direction);
        await Chromium.ScreenshotAsync(page, $"status-thanks-{language}", Area);
        await NoViolationsAsync(page);
        Assert.Contains(language switch { "he" => "מיכל אברהם", "ru" => "Михаль Авраам", _ => "ميخال أبراهام" }, await page.InnerTextAsync("main"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task RsvpPage_KeyboardOnly_TimePlaceAnswerAndTheDayItself(string language, string direction, string _, string thanks)
    {
        var (links, page) = await OpenAsync(language, PageLinks.Calendar);
        await using var _a = links.App;
        await links.App.Get<FollowUpStore>().InviteAsync(PageLinks.ParticipantId, PageLinks.ConferenceOn);
        var url = links.Url(links.Path(LinkPages.Rsvp)).ToString();
        await page.GotoAsync(url);
        await AssertLanguageAsync(page, language, direction);
        Assert.Contains("10:00", await page.InnerTextAsync(".details"));
        Assert.Equal(3, await page.Locator(".details dt").CountAsync());
        await Chromium.ScreenshotAsync(page, $"rsvp-{language}", Area);
        await NoViolationsAsync(page);

        await TabToAsync(page, "A"); // the map
        await TabToAsync(page, "BUTTON");
        Assert.Equal(200, (await SubmitAsync(page)).Status);
        Assert.Equal(thanks, await page.InnerTextAsync("h1"));
        await Chromium.ScreenshotAsync(page, $"rsvp-thanks-{language}", Area);
        await NoViolationsAsync(page);

        // Opened again: the answer, and the buttons to change it.
        await page.GotoAsync(url);
        Assert.Equal(1, await page.Locator(".answer").CountAsync());
        Assert.Equal(2, await page.Locator("form").CountAsync());
        await Chromium.ScreenshotAsync(page, $"rsvp-answered-{language}", Area);
        await NoViolationsAsync(page);

        // On the conference day: no form, whom to call.
        links.App.Clock.SetUtcNow(IsraelTime.At(PageLinks.ConferenceOn, new TimeOnly(8, 0)));
        await page.GotoAsync(url);
        Assert.Equal(0, await page.Locator("form").CountAsync());
        Assert.Contains("09-7654321", await page.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(page, $"rsvp-closed-{language}", Area);
        await NoViolationsAsync(page);
    }

    [Theory]
    [InlineData("he", "rtl")]
    [InlineData("ru", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task UnsubscribeAndBrokenLink_InHerLanguageAndClean(string language, string direction)
    {
        var (links, page) = await OpenAsync(language);
        await using var _a = links.App;
        await page.GotoAsync(links.Url(links.Path(LinkPages.Unsubscribe)).ToString());
        await AssertLanguageAsync(page, language, direction);
        await NoViolationsAsync(page);
        await TabToAsync(page, "BUTTON");
        await SubmitAsync(page);
        await Chromium.ScreenshotAsync(page, $"unsubscribed-{language}", Area);
        await NoViolationsAsync(page);

        var used = await page.GotoAsync(links.Url(links.Path(LinkPages.Unsubscribe)).ToString());
        Assert.Equal(410, used!.Status);
        await AssertLanguageAsync(page, language, direction);
        Assert.Equal(0, await page.Locator("form").CountAsync());
        await NoViolationsAsync(page);
    }
}
