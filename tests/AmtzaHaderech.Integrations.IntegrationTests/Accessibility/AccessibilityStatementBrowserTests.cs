using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Accessibility;

/// The accessibility statement (הצהרת נגישות) in each language: reached from the pages, says
/// what was done, what is known not to work, when, and whom to ask; axe clean; keyboard only.
[Collection(StorageCollection.Name)]
public sealed class AccessibilityStatementBrowserTests(AzuriteFixture azurite) : BrowserTests
{
    [Theory]
    [InlineData("he", "rtl", "הצהרת נגישות", "ההצהרה עודכנה ב-07/12/2026.")]
    [InlineData("ru", "ltr", "Заявление о доступности", "Заявление обновлено: 07.12.2026.")]
    [InlineData("ar", "rtl", "بيان الإتاحة", "حُدّث البيان بتاريخ 07/12/2026.")]
    public async Task Statement_EachLanguage_CompleteCleanAndReachedByKeyboardFromTheForm(string language, string direction, string title, string updated)
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));
        var page = await Browser.NewPageAsync(Chromium.Phone, isMobile: true);
        await page.GotoAsync(new Uri(app.BaseAddress, language == "he" ? "/intake" : $"/intake?lang={language}").ToString());

        // The form's last link is the statement: keyboard backwards from the end of the page.
        await page.Keyboard.PressAsync("End");
        await page.FocusAsync("footer a[href^='/accessibility']");
        await Task.WhenAll(page.WaitForURLAsync("**/accessibility**"), page.Keyboard.PressAsync("Enter"));

        Assert.Equal((language, direction), (await page.GetAttributeAsync("html", "lang"), await page.GetAttributeAsync("html", "dir")));
        Assert.Equal(title, await page.InnerTextAsync("h1"));
        Assert.Equal(3, await page.Locator("main h2").CountAsync());
        Assert.Equal(11, await page.Locator("main li").CountAsync());
        var main = await page.InnerTextAsync("main");
        Assert.Contains("accessibility@example.org", main);
        Assert.Contains("03-7654300", main);
        Assert.Contains(updated, main);
        Assert.Equal("mailto:accessibility@example.org", await page.GetAttributeAsync("main a[href^='mailto:']", "href"));
        await Chromium.ScreenshotAsync(page, $"statement-{language}", "accessibility");
        await NoViolationsAsync(page);

        await page.Keyboard.PressAsync("Home");
        await TabToAsync(page, "A"); // the skip link
        Assert.Equal("#main", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
    }
}
