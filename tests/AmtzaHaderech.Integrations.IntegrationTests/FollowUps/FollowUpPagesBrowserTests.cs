using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The participants' pages in a real browser (Chromium, Playwright): answered by keyboard alone,
/// axe's WCAG 2.1 AA rules clean in every state, a broken link showing the polite page and
/// nothing else, screenshots saved to artifacts/followups/ for a person to look at.
[Collection(StorageCollection.Name)]
public sealed class FollowUpPagesBrowserTests(AzuriteFixture azurite) : BrowserTests
{
    private const string Area = "followups";
    // Enter on the focused button posts the form; the answer page is the POST's response.
    private static async Task<IResponse> SubmitAsync(IPage page)
    {
        var response = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return response;
    }

    [Fact]
    public async Task StatusPage_KeyboardOnly_ErrorsThenAnswerRecorded()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        var page = await Browser.NewPageAsync(Chromium.Phone, isMobile: true);
        var url = links.Url(links.Path(LinkPages.Status)).ToString();
        await page.GotoAsync(url);
        await Chromium.ScreenshotAsync(page, "status-form-phone", Area);
        await NoViolationsAsync(page);

        // Sent empty: the errors come first, linked to their fields.
        for (var i = 0; i < 10; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("BUTTON", await FocusedAsync(page));
        Assert.Equal(400, (await SubmitAsync(page)).Status);
        Assert.Contains("נא לבחור אם אתם עובדים עכשיו", await page.InnerTextAsync("[role=alert]"));
        await Chromium.ScreenshotAsync(page, "status-errors-phone", Area);
        await NoViolationsAsync(page);

        await page.GotoAsync(url);
        await TabToAsync(page, "working-same");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.IsCheckedAsync("#working-other"));
        await TabToAsync(page, "scope-full");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "scopePercent");
        await TabToAsync(page, "employer", "אלביט מערכות");
        await TabToAsync(page, "role", "מחסנאית");
        await TabToAsync(page, "foundVia-self");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "salary", "9500");
        await TabToAsync(page, "salaryDeclined");
        await TabToAsync(page, "call-yes");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "BUTTON");
        await Chromium.ScreenshotAsync(page, "status-filled-phone", Area);
        Assert.Equal(200, (await SubmitAsync(page)).Status);

        Assert.Contains($"תודה {PageLinks.FirstName}", await page.InnerTextAsync("h1"));
        Assert.Contains("נתקשר אליכם מהמרכז בכפר סבא בימים הקרובים.", await page.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(page, "status-thanks-phone", Area);
        await NoViolationsAsync(page);
        var changes = await FollowUpsHub.SpotOutboxAsync(links.App.Services, PageLinks.ParticipantId);
        var employment = changes.Single(c => c.Kind == "employment-status").EmploymentStatus!;
        Assert.Equal(("employed", "אלביט מערכות", 100, 9500m, "self"),
            (employment.Status, employment.Employer, employment.ScopePercent, employment.MonthlySalary, employment.FoundVia));
    }

    [Fact]
    public async Task StatusPage_Desktop_ReadsWellAndIsClean()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        var page = await Browser.NewPageAsync(Chromium.Desktop);

        await page.GotoAsync(links.Url(links.Path(LinkPages.Status)).ToString());

        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        Assert.True(await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)") >= 18, "large type");
        await Chromium.ScreenshotAsync(page, "status-form-desktop", Area);
        await NoViolationsAsync(page);
    }

    [Fact]
    public async Task RsvpPage_KeyboardOnly_CanComeRecorded()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        await links.App.Get<FollowUpStore>().InviteAsync(PageLinks.ParticipantId, PageLinks.ConferenceOn);
        var page = await Browser.NewPageAsync(Chromium.Phone, isMobile: true);
        await page.GotoAsync(links.Url(links.Path(LinkPages.Rsvp)).ToString());
        await Chromium.ScreenshotAsync(page, "rsvp-phone", Area);
        await NoViolationsAsync(page);

        await TabToAsync(page, "BUTTON");
        Assert.Equal("אגיע", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await SubmitAsync(page);

        Assert.Contains("נתראה בכנס", await page.InnerTextAsync("h1"));
        await Chromium.ScreenshotAsync(page, "rsvp-thanks-phone", Area);
        await NoViolationsAsync(page);
        Assert.True(Assert.Single((await links.App.Get<FollowUpStore>().LoadAsync()).Invitations).Answered);
    }

    [Fact]
    public async Task RsvpPage_KeyboardOnly_AnotherDateChosenAfterAnError()
    {
        var links = await PageLinks.StartAsync(azurite, PageLinks.Calendar);
        await using var _ = links.App;
        await links.App.Get<FollowUpStore>().InviteAsync(PageLinks.ParticipantId, PageLinks.ConferenceOn);
        var page = await Browser.NewPageAsync(Chromium.Phone, isMobile: true);
        var url = links.Url(links.Path(LinkPages.Rsvp)).ToString();
        await page.GotoAsync(url);
        await Chromium.ScreenshotAsync(page, "rsvp-dates-phone", Area);
        await NoViolationsAsync(page);
        Assert.Equal(["יום שני, 21/12/2026", "יום שני, 04/01/2027", "יום שני, 18/01/2027"],
            await page.Locator("fieldset label").AllInnerTextsAsync());

        // Past the map, "I'll come" and "I can't come", over the days without choosing one, to the form's button.
        await TabToAsync(page, "A");
        await TabToAsync(page, "BUTTON");
        await TabToAsync(page, "BUTTON");
        await TabToAsync(page, "date-2026-12-21");
        await TabToAsync(page, "BUTTON");
        Assert.Equal("אעדיף את המועד שבחרתי", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.Equal(400, (await SubmitAsync(page)).Status);
        Assert.Contains("נא לבחור את המועד המתאים מהרשימה", await page.InnerTextAsync("[role=alert]"));
        await Chromium.ScreenshotAsync(page, "rsvp-dates-error-phone", Area);
        await NoViolationsAsync(page);

        // The error summary comes first and links to the first day; on to the days, where arrows choose.
        await TabToAsync(page, "A");
        Assert.Equal("#date-2026-12-21", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await TabToAsync(page, "A"); // the map
        await TabToAsync(page, "BUTTON");
        await TabToAsync(page, "BUTTON");
        await TabToAsync(page, "date-2026-12-21");
        Assert.Equal("date-error", await page.GetAttributeAsync("#date-2026-12-21", "aria-describedby"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.IsCheckedAsync("#date-2027-01-04"));
        await Chromium.ScreenshotAsync(page, "rsvp-dates-chosen-phone", Area);
        Assert.Equal(200, (await SubmitAsync(page)).Status);

        Assert.Contains("עדכנו את המועד", await page.InnerTextAsync("h1"));
        Assert.Contains("יום שני, 04/01/2027, בשעה 10:00", await page.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(page, "rsvp-dates-thanks-phone", Area);
        await NoViolationsAsync(page);
        Assert.Equal([(PageLinks.ConferenceOn, true), (new DateOnly(2027, 1, 4), false)], await FollowUpsHub.InvitationsAsync(links.App.Services));
        var activity = Assert.Single(await FollowUpsHub.SpotOutboxAsync(links.App.Services, PageLinks.ParticipantId)).Activity!;
        Assert.Equal("התשובה: אעדיף מועד אחר, יום שני, 04/01/2027", activity.Outcome);
    }

    [Fact]
    public async Task UnsubscribePage_KeyboardOnly_StopsMessages()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        var page = await Browser.NewPageAsync(Chromium.Phone, isMobile: true);
        await page.GotoAsync(links.Url(links.Path(LinkPages.Unsubscribe)).ToString());
        await Chromium.ScreenshotAsync(page, "unsubscribe-phone", Area);
        await NoViolationsAsync(page);

        await TabToAsync(page, "BUTTON");
        await SubmitAsync(page);

        Assert.Contains("ההודעות הופסקו", await page.InnerTextAsync("h1"));
        await Chromium.ScreenshotAsync(page, "unsubscribed-phone", Area);
        await NoViolationsAsync(page);
        Assert.Equal([PageLinks.ParticipantId], (await links.App.Get<FollowUpStore>().LoadAsync()).Unsubscribed);
    }

    [Fact]
    public async Task BrokenLinks_TamperedExpiredUsed_PolitePageAndNoData()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        var used = links.Path(LinkPages.Status);
        using (var client = links.App.Client())
            await client.PostAsync(used, new FormUrlEncodedContent([new("working", "no")]));
        var expired = links.Path(LinkPages.Rsvp);
        links.App.Clock.Advance(TimeSpan.FromDays(31));
        var page = await Browser.NewPageAsync(Chromium.Phone, isMobile: true);

        foreach (var (name, path, status) in new[]
        {
            ("tampered", PageLinks.Tampered(links.Path(LinkPages.Unsubscribe)), 404),
            ("expired", expired, 410),
            ("used", used, 410),
        })
        {
            var response = await page.GotoAsync(links.Url(path).ToString());
            Assert.Equal(status, response!.Status);
            var text = await page.InnerTextAsync("body");
            Assert.Contains("הקישור אינו פעיל", text);
            Assert.DoesNotContain(PageLinks.FirstName, text);
            Assert.DoesNotContain(PageLinks.ParticipantId, await page.ContentAsync());
            Assert.Equal(0, await page.Locator("form, input").CountAsync());
            await Chromium.ScreenshotAsync(page, $"link-{name}-phone", Area);
            await NoViolationsAsync(page);
        }
    }
}
