using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// Debian's headless Chromium driven by Playwright (never `playwright install`: it downloads).
/// CI installs the `chromium` package; the path can be changed with CHROMIUM_PATH.
public sealed class Chromium : IAsyncDisposable
{
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    /// A phone's width (an iPhone 12-15 in portrait) and an ordinary laptop's.
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    /// Playwright gives up on a launch, a navigation or an action after 30 s by default: too
    /// short for the shared machine under load. What the tests wait for comes, or the test hangs.
    private static readonly float Patience = (float)TimeSpan.FromMinutes(5).TotalMilliseconds;

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Timeout = Patience,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new Chromium(playwright, browser);
    }

    public async Task<IPage> NewPageAsync(ViewportSize viewport, bool isMobile = false) =>
        await (await NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            IsMobile = isMobile,
            HasTouch = isMobile,
            DeviceScaleFactor = 1,
            Locale = "he-IL",
        })).NewPageAsync();

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        return context;
    }

    /// axe-core's WCAG 2.1 A and AA rules over the whole page.
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return [.. result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target}: {n.Html}"))];
    }

    /// Saves a full-page screenshot under artifacts/{area}/ at the repository root (gitignored).
    public static async Task ScreenshotAsync(IPage page, string name, string area = "intake")
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", area);
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AmtzaHaderech.Integrations.sln"))) return dir.FullName;
        }
        return AppContext.BaseDirectory;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
