using System.Net;
using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Intake;

public sealed record FormReply(HttpStatusCode Status, string Html, HttpResponseMessage Response);

/// Plays a browser without one: fetches the form, waits past the time trap, posts answers.
public sealed partial class IntakeFormClient(HubWebApp app)
{
    private readonly HttpClient _http = app.Client();

    /// A valid answer set: a 61-year-old bookkeeper from Kfar Saba, out of work since May.
    public static Dictionary<string, string> Answers(string nationalId = "123456782", string phone = "050-1234567") => new()
    {
        ["firstName"] = "רחל",
        ["lastName"] = "כהן",
        ["nationalId"] = nationalId,
        ["birthDay"] = "15",
        ["birthMonth"] = "3",
        ["birthYear"] = "1965",
        ["gender"] = "F",
        ["city"] = "כפר סבא",
        ["phone"] = phone,
        ["email"] = "",
        ["heardVia"] = "friend",
        ["occupation"] = "מנהלת חשבונות",
        ["occupationCode"] = "4311",
        ["yearsOfExperience"] = "30",
        ["workingNow"] = "no",
        ["outOfWorkMonth"] = "5",
        ["outOfWorkYear"] = "2026",
        ["desiredScope"] = "full",
        ["track"] = "salaried",
        ["capacity"] = "yes",
        ["privacyConsent"] = "yes",
        ["smsConsent"] = "yes",
        ["website"] = "",
    };

    public async Task<string> NewTokenAsync()
    {
        var html = await _http.GetStringAsync("/intake");
        return TokenOf(html);
    }

    public static string TokenOf(string html) => TokenPattern().Match(html).Groups[1].Value;

    /// Fetches a form, lets the time trap pass, and posts the answers with its token.
    public async Task<FormReply> SubmitAsync(Dictionary<string, string> answers, string? forwardedFor = null)
    {
        var token = await NewTokenAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        return await PostAsync(answers, token, forwardedFor);
    }

    public async Task<FormReply> PostAsync(Dictionary<string, string> answers, string? token, string? forwardedFor = null)
    {
        var fields = new Dictionary<string, string>(answers);
        if (token is not null) fields["formToken"] = token;
        return await SendAsync(new FormUrlEncodedContent(fields), forwardedFor);
    }

    public async Task<FormReply> SendAsync(HttpContent content, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/intake") { Content = content };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        var response = await _http.SendAsync(request);
        return new FormReply(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [GeneratedRegex("name=\"formToken\" value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();
}
