using Microsoft.Playwright;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// A test class that drives pages in Chromium: the browser for the class, and keyboard helpers
/// that check where the focus goes.
public abstract class BrowserTests : IAsyncLifetime
{
    private Chromium? _chromium;

    protected Chromium Browser => _chromium!;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
    }

    /// The focused element's id, or its tag name when it has none.
    protected static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.tagName");

    /// One Tab, which must land on `expected`; then types `type` there, if given.
    protected static async Task TabToAsync(IPage page, string expected, string? type = null)
    {
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(expected, await FocusedAsync(page));
        if (type is not null) await page.Keyboard.TypeAsync(type);
    }

    protected static async Task NoViolationsAsync(IPage page) => Assert.Empty(await Chromium.ViolationsAsync(page));
}
