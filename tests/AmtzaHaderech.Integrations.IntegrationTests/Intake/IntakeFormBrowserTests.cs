using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using Microsoft.Playwright;

namespace AmtzaHaderech.Integrations.IntegrationTests.Intake;

/// The form in a real browser: filled and sent by keyboard alone, errors next to their fields
/// with the typed values kept, axe's WCAG 2.1 AA rules clean in every state, screenshots saved
/// to artifacts/intake/ for a person to look at.
[Collection(StorageCollection.Name)]
public sealed class IntakeFormBrowserTests(AzuriteFixture azurite) : BrowserTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    public static TheoryData<string, string, string, string> Languages() => new()
    {
        // language, direction, the first name typed, the thanks it gets
        { "he", "rtl", "משה", "תודה, משה!" },
        { "ru", "ltr", "Борис", "Спасибо, Борис!" },
        { "ar", "rtl", "سمير", "شكرًا، سمير!" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Form_KeyboardOnly_FilledSentAndThankedInItsLanguage(string language, string direction, string name, string thanks)
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var page = await Browser.NewPageAsync(Chromium.Desktop);
        await page.GotoAsync(new Uri(app.BaseAddress, language == "he" ? "/intake" : $"/intake?lang={language}").ToString());
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(direction, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        await Chromium.ScreenshotAsync(page, $"empty-{language}");
        await NoViolationsAsync(page);

        await TabToAsync(page, "A"); // the skip link
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "firstName", name);
        await TabToAsync(page, "lastName", "לוי");
        await TabToAsync(page, "nationalId", "123456782");
        await TabToAsync(page, "birthDay", "2");
        await TabToAsync(page, "birthMonth", "9");
        await TabToAsync(page, "birthYear", "1962");
        await TabToAsync(page, "gender-M");
        await page.Keyboard.PressAsync("Space");
        // Playwright types Hebrew as inserted text, which a closed <select>'s type-ahead does not
        // receive (a real keyboard's letters do), so the city is chosen with the arrow keys.
        await TabToAsync(page, "city");
        for (var i = 0; i < 20 && await page.InputValueAsync("#city") != "כפר סבא"; i++) await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("כפר סבא", await page.InputValueAsync("#city"));
        await TabToAsync(page, "phone", "052-7654321"); // "other city" stays hidden
        await TabToAsync(page, "email");
        await TabToAsync(page, "heardVia-employment_service");
        Assert.False(await page.IsVisibleAsync("#heardVia-employment_center")); // Tel Aviv's own answer
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "occupation", "נהג משאית");
        await TabToAsync(page, "yearsOfExperience", "25");
        await TabToAsync(page, "workingNow-yes");
        Assert.False(await page.IsVisibleAsync("#outOfWorkMonth"));
        await page.Keyboard.PressAsync("ArrowDown"); // no: since when?
        Assert.True(await page.IsCheckedAsync("#workingNow-no"));
        await TabToAsync(page, "outOfWorkMonth", "8");
        await TabToAsync(page, "outOfWorkYear", "2026");
        foreach (var radio in new[] { "desiredScope-full", "track-salaried", "capacity-yes" })
        {
            await TabToAsync(page, radio);
            await page.Keyboard.PressAsync("Space");
        }
        await TabToAsync(page, "privacyConsent");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "smsConsent");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "emailConsent");
        await TabToAsync(page, "BUTTON");
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#confirmation");

        Assert.Equal(thanks, await page.InnerTextAsync("h1"));
        Assert.Equal("confirmation", await FocusedAsync(page));
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await Chromium.ScreenshotAsync(page, $"thank-you-{language}");
        await NoViolationsAsync(page);
        var person = Assert.Single(await app.Get<ParticipantStore>().AllAsync().ToListAsync());
        Assert.Equal(("employment_service", "ksb", 3, language), (person.RecruitmentChannel, person.Center, person.MonthsOutOfWork, person.Language));
    }

    [Theory]
    [InlineData("he")]
    [InlineData("ru")]
    [InlineData("ar")]
    public async Task Form_Script_EveryFieldCheckedInOnePassBeforeSending(string language)
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var page = await Browser.NewPageAsync(Chromium.Phone, isMobile: true);
        await page.GotoAsync(new Uri(app.BaseAddress, $"/intake?lang={language}").ToString());
        await page.FillAsync("#firstName", "משה");
        await page.FillAsync("#nationalId", "123456789"); // wrong check digit
        await page.FillAsync("#birthDay", "2");
        await page.FillAsync("#birthMonth", "14");
        await page.FillAsync("#birthYear", "1962");
        await page.FillAsync("#phone", "123");
        await page.FillAsync("#email", "moshe@");

        await page.FocusAsync("button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("error-summary", await FocusedAsync(page));
        Assert.EndsWith($"/intake?lang={language}", page.Url); // not sent
        var targets = await page.Locator("#error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["#lastName", "#nationalId", "#birthMonth", "#gender-M", "#city", "#phone", "#email", "#heardVia-employment_service",
            "#occupation", "#yearsOfExperience", "#workingNow-yes", "#desiredScope-full", "#track-salaried", "#capacity-yes", "#privacyConsent"], targets);
        foreach (var field in new[] { "nationalId", "birthMonth", "phone", "email" })
        {
            Assert.Equal("true", await page.GetAttributeAsync($"#{field}", "aria-invalid"));
            Assert.Contains("input--error", await page.GetAttributeAsync($"#{field}", "class"));
        }
        Assert.Contains("field--error", await page.GetAttributeAsync("#field-gender", "class"));
        Assert.Contains("gender-error", await page.GetAttributeAsync("#field-gender fieldset", "aria-describedby"));
        await Chromium.ScreenshotAsync(page, $"script-errors-{language}");
        await NoViolationsAsync(page);
        Assert.Empty(await app.Get<ParticipantStore>().AllAsync().ToListAsync());
    }

    [Fact]
    public async Task Form_LanguageSwitch_ByKeyboardToRussian()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var page = await Browser.NewPageAsync(Chromium.Desktop);
        await page.GotoAsync(new Uri(app.BaseAddress, "/intake").ToString());

        await TabToAsync(page, "A"); // the skip link
        await TabToAsync(page, "A"); // العربية
        await TabToAsync(page, "A"); // Русский
        Assert.Equal("Русский", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/intake?lang=ru");

        Assert.Equal(("ru", "ltr"), (await page.GetAttributeAsync("html", "lang"), await page.GetAttributeAsync("html", "dir")));
        Assert.Contains("Запись в программу «Амца а-Дерех»", await page.InnerTextAsync("h1"));
        Assert.Equal("page", await page.GetAttributeAsync(".languages__current", "aria-current"));
    }

    [Fact]
    public async Task Form_ServerErrors_SummaryFocusedErrorsByTheirFieldsValuesKept()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        foreach (var (viewport, name) in new[] { (Chromium.Desktop, "errors"), (Chromium.Phone, "errors-mobile") })
        {
            var page = await Browser.NewPageAsync(viewport, isMobile: viewport == Chromium.Phone);
            await page.GotoAsync(new Uri(app.BaseAddress, "/intake").ToString());
            await page.FillAsync("#firstName", "משה");
            await page.FillAsync("#nationalId", "123456782");
            await page.FillAsync("#birthYear", "1962");
            await page.FillAsync("#phone", "123");
            await page.CheckAsync("#desiredScope-percent");
            await page.FillAsync("#scopePercent", "150");
            app.Clock.Advance(TimeSpan.FromMinutes(3));
            // Past the script's own checks (form.submit() fires no submit event), as a browser without it sends.
            await page.RunAndWaitForResponseAsync(() => page.EvaluateAsync("() => document.querySelector('[data-intake-form]').submit()"),
                r => r.Request.Method == "POST");
            await page.WaitForSelectorAsync("#error-summary");

            Assert.Equal("error-summary", await FocusedAsync(page));
            Assert.StartsWith("שגיאה:", await page.TitleAsync());
            Assert.Equal("משה", await page.InputValueAsync("#firstName"));
            Assert.Equal("123", await page.InputValueAsync("#phone"));
            Assert.Equal("1962", await page.InputValueAsync("#birthYear"));
            Assert.Equal("150", await page.InputValueAsync("#scopePercent"));
            Assert.True(await page.IsVisibleAsync("#scopePercent"));
            Assert.Contains("phone-error", await page.GetAttributeAsync("#phone", "aria-describedby"));
            Assert.Equal("true", await page.GetAttributeAsync("#phone", "aria-invalid"));
            Assert.Contains("מספר הטלפון הנייד אינו תקין", await page.InnerTextAsync("#phone-error"));
            Assert.Contains("scopePercent-error", await page.GetAttributeAsync("#scopePercent", "aria-describedby"));
            await Chromium.ScreenshotAsync(page, name);
            await NoViolationsAsync(page);

            // From the summary, the first link by keyboard leads to its field.
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("lastName", await FocusedAsync(page));
        }
        Assert.Empty(await app.Get<ParticipantStore>().AllAsync().ToListAsync());
    }

    [Fact]
    public async Task Form_BadIdCheckDigit_FlaggedOnThePageBeforeSending()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var page = await Browser.NewPageAsync(Chromium.Desktop);
        await page.GotoAsync(new Uri(app.BaseAddress, "/intake").ToString());

        await page.FocusAsync("#nationalId");
        await page.Keyboard.TypeAsync("123456789");
        await page.Keyboard.PressAsync("Tab");

        Assert.Contains("ספרת הביקורת", await page.InnerTextAsync("#nationalId-error"));
        Assert.Equal("true", await page.GetAttributeAsync("#nationalId", "aria-invalid"));
        await page.FocusAsync("button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("error-summary", await FocusedAsync(page));
        Assert.EndsWith("/intake", page.Url);
        Assert.Contains("ספרת הביקורת", await page.InnerTextAsync("#error-summary"));
        await NoViolationsAsync(page);

        await page.FillAsync("#nationalId", "123456782");
        await page.DispatchEventAsync("#nationalId", "change");
        Assert.False(await page.IsVisibleAsync("#nationalId-error"));
        Assert.Null(await page.GetAttributeAsync("#nationalId", "aria-invalid"));
    }

    [Fact]
    public async Task Occupation_TypeAhead_PickedByKeyboardWithItsCode()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var page = await Browser.NewPageAsync(Chromium.Phone, isMobile: true);
        await page.GotoAsync(new Uri(app.BaseAddress, "/intake").ToString());
        await Chromium.ScreenshotAsync(page, "empty-mobile");
        await NoViolationsAsync(page);

        await page.FocusAsync("#occupation");
        await page.Keyboard.TypeAsync("מנהלת חשב");
        await page.WaitForSelectorAsync("[role=option]");
        Assert.Equal("true", await page.GetAttributeAsync("#occupation", "aria-expanded"));
        await Chromium.ScreenshotAsync(page, "occupation-mobile");
        await NoViolationsAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("occupation-list-0", await page.GetAttributeAsync("#occupation", "aria-activedescendant"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("מנהלת חשבונות", await page.InputValueAsync("#occupation"));
        Assert.Equal("4311", await page.InputValueAsync("#occupationCode"));
        Assert.Equal("false", await page.GetAttributeAsync("#occupation", "aria-expanded"));
        Assert.EndsWith("/intake", page.Url); // Enter picked; it did not send the form
    }

    [Fact]
    public async Task City_Other_RevealsTheCityName()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var page = await Browser.NewPageAsync(Chromium.Desktop);
        await page.GotoAsync(new Uri(app.BaseAddress, "/intake").ToString());
        Assert.False(await page.IsVisibleAsync("#otherCity"));

        await page.SelectOptionAsync("#city", "other");
        Assert.True(await page.IsVisibleAsync("#otherCity"));
        await page.SelectOptionAsync("#city", "רעננה");
        Assert.False(await page.IsVisibleAsync("#otherCity"));
    }

    [Fact]
    public async Task Form_WithoutScript_StillSendsAndThanks()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = Chromium.Desktop });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/intake").ToString());
        foreach (var (field, value) in IntakeFormClient.Answers())
        {
            var input = page.Locator($"[name='{field}']");
            var type = await input.First.GetAttributeAsync("type");
            if (type is "radio") await page.CheckAsync($"[name='{field}'][value='{value}']");
            else if (type is "checkbox") { if (value == "yes") await page.CheckAsync($"#{field}"); }
            else if (field == "city") await page.SelectOptionAsync("#city", value);
            else if (type is not "hidden" && field != "website") await input.FillAsync(value);
        }
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await page.ClickAsync("button[type=submit]");

        Assert.Equal("תודה, רחל!", await page.InnerTextAsync("h1"));
    }
}
