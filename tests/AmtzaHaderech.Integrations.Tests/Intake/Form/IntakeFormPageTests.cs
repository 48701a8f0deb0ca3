using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Tests.Intake.Form;

public sealed partial class IntakeFormPageTests
{
    private static string Render(Dictionary<string, string?> values, string language = "he")
    {
        var input = new IntakeInput(values);
        var texts = ShippedDefaults.Localizer().For(language);
        var errors = IntakeInputs.Validator().Validate(input, IntakeInputs.Today, texts).Errors;
        CityChoice[] cities = [new("כפר סבא", "ksb"), new("רעננה", "ksb"), new("תל אביב-יפו", "tlv")];
        return IntakeFormPage.Render(new FormView("token", input, errors, cities, [new("tlv", "employment_center", "מרכז התעסוקה בתל אביב")], texts));
    }

    [Fact]
    public void Render_ScriptInAField_EncodedNotMarkup()
    {
        var html = Render(IntakeInputs.With((F.FirstName, "<script>alert('x')</script>"), (F.Occupation, "\"><img src=x onerror=alert(1)>")));

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
    }

    [Fact]
    public void Render_Errors_EverySummaryLinkTargetsAnElementAndEveryErrorIsDescribed()
    {
        var html = Render([]);

        var ids = IdPattern().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        var links = SummaryLinkPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(15, links.Count);
        Assert.All(links, target => Assert.Contains(target, ids));
        var errorIds = ErrorIdPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(15, errorIds.Count);
        var described = DescribedByPattern().Matches(html).SelectMany(m => m.Groups[1].Value.Split(' ')).ToHashSet();
        Assert.All(errorIds, id => Assert.Contains(id, described));
    }

    [Fact]
    public void Render_Errors_TypedValuesKept()
    {
        var html = Render(IntakeInputs.With((F.NationalId, "123456789"), (F.LastName, "לוי")));

        Assert.Contains("value=\"123456789\"", html);
        Assert.Contains("value=\"לוי\"", html);
        Assert.Contains("id=\"gender-F\" name=\"gender\" value=\"F\" checked", html);
        Assert.Contains("<option value=\"כפר סבא\" data-center=\"ksb\" selected>", html);
    }

    [Fact]
    public void Render_HeardVia_TheCentersOwnAnswerMarkedWithItsCenterAndNoOneElsesEmploymentCenter()
    {
        var html = Render([]);

        Assert.Contains("<div class=\"choice\" data-center=\"tlv\"><input class=\"choice__input choice__input--error\" type=\"radio\" id=\"heardVia-employment_center\"", html);
        Assert.Contains(">מרכז התעסוקה בתל אביב</label>", html);
        Assert.Single(Regex.Matches(html, "value=\"employment_center\""));
    }

    [Fact]
    public void Render_WorkingNowAsked_SinceWhenOnlyForNo()
    {
        var html = Render(IntakeInputs.Valid());

        var working = html.IndexOf("האם אתם עובדים עכשיו?", StringComparison.Ordinal);
        var since = html.IndexOf("מאיזה חודש אתם לא עובדים?", StringComparison.Ordinal);
        Assert.True(working > 0 && since > working, "working now comes first");
        Assert.Contains("<div class=\"conditional\" data-shown-by=\"workingNow\" data-shown-value=\"no\">", html);
    }

    [Theory]
    [InlineData("he", "שליחת הטופס", "/intake")]
    [InlineData("ru", "Отправить анкету", "/intake?lang=ru")]
    [InlineData("ar", "إرسال النموذج", "/intake?lang=ar")]
    public void Render_Language_TextsAndTheFormsAddressInIt(string language, string submit, string action)
    {
        var html = Render([], language);

        Assert.Contains($">{submit}</button>", html);
        Assert.Contains($"action=\"{action.Replace("&", "&amp;", StringComparison.Ordinal)}\"", html);
        Assert.Contains($"name=\"language\" value=\"{language}\"", html);
    }

    [Fact]
    public void Render_EveryRequiredQuestion_CarriesTheServersMessageForTheScript()
    {
        var html = Render(IntakeInputs.Valid());

        foreach (var message in new[] { "נא לכתוב את השם הפרטי", "נא לכתוב מספר תעודת זהות", "נא לכתוב תאריך לידה מלא: יום, חודש ושנה",
            "נא לבחור מין", "נא לכתוב מספר טלפון נייד", "נא לענות אם אתם עובדים עכשיו" })
            Assert.Contains($"data-required=\"{message}", html);
        Assert.Contains("data-check=\"id\"", html);
        Assert.Contains("data-check=\"mobile\"", html);
        Assert.Contains("data-check=\"email\"", html);
    }

    [Fact]
    public void Render_NoErrors_NoSummary() => Assert.DoesNotContain("error-summary", Render(IntakeInputs.Valid()));

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("<li><a href=\"#([^\"]+)\">")]
    private static partial Regex SummaryLinkPattern();

    [GeneratedRegex("class=\"error-message\" id=\"([^\"]+)\"")]
    private static partial Regex ErrorIdPattern();

    [GeneratedRegex("aria-describedby=\"([^\"]+)\"")]
    private static partial Regex DescribedByPattern();
}
