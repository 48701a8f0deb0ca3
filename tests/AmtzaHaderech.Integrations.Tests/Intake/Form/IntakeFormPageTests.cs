using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Intake.Form;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Tests.Intake.Form;

public sealed partial class IntakeFormPageTests
{
    private static string Render(Dictionary<string, string?> values)
    {
        var input = new IntakeInput(values);
        var validator = IntakeInputs.Validator();
        var errors = validator.Validate(input, IntakeInputs.Today).Errors;
        return IntakeFormPage.Render(new FormView("token", input, errors, validator.ServedCities));
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
        Assert.Contains("<option value=\"כפר סבא\" selected>", html);
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
