using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// GET and POST /intake, for both hosts, in the language of `?lang=` (Hebrew by default). A POST
/// passes, in order: the rate limit, the size limit, the honeypot, the signed token, validation of
/// every field, the token's lifetime, the time trap, and then the referral pipeline. Whatever stops it, a person gets a
/// page that says what to do and keeps what they typed; a person who pressed too soon sees what
/// to fix first, since the lifetime and the time trap come after validation.
public sealed partial class IntakeFormHandler(
    FormTokens tokens,
    IntakeValidator validator,
    ReferralPipeline pipeline,
    CenterDirectory centers,
    Localizer localizer,
    IntakeRateLimits limits,
    IOptions<IntakeFormOptions> options,
    TimeProvider clock,
    ILogger<IntakeFormHandler> logger)
{
    public const string Path = "/intake";
    private readonly KeyedLocks _locks = new();

    /// The form's address in a language: `/intake`, `/intake?lang=ru`.
    public static string Link(Language language) =>
        language.Code == Language.HebrewCode ? Path : $"{Path}?lang={language.Code}";

    public IntakeResponse Show(string? language = null) =>
        FormPage(StatusCodes.Status200OK, tokens.Issue(), IntakeInput.Empty, [], localizer.For(language));

    public async Task<IntakeResponse> SubmitAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        var texts = localizer.For(request.Query["lang"].ToString());
        var (allowed, retryAfter) = limits.Submissions.TryAcquire(ClientAddress.Of(request, o.TrustedFrontEnds));
        var (problem, fields) = await FormBody.ReadAsync(request, o.MaxBodyBytes, cancellationToken);
        switch (problem)
        {
            case FormBody.Problem.TooLarge:
                return Refuse(texts, StatusCodes.Status413PayloadTooLarge, "too_large", "intake.refused.too-large");
            case FormBody.Problem.NotAForm or FormBody.Problem.Malformed:
                return Refuse(texts, problem == FormBody.Problem.NotAForm ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status400BadRequest,
                    "not_a_form", "intake.refused.not-a-form");
        }

        var input = new IntakeInput(fields);
        if (localizer.Catalog.IsKnown(input[IntakeFields.Language])) texts = localizer.For(input[IntakeFields.Language]);
        var token = fields.GetValueOrDefault(IntakeFields.FormToken);
        if (!allowed)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
            LogRefused("rate_limited");
            return FormPage(StatusCodes.Status429TooManyRequests, token ?? tokens.Issue(), input, [], texts,
                    texts.Text("intake.notice.rate-limited", ("minutes", minutes.ToString(CultureInfo.InvariantCulture))))
                .With("Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        }
        if (!string.IsNullOrEmpty(fields.GetValueOrDefault(IntakeFields.Honeypot)))
            return Refuse(texts, StatusCodes.Status400BadRequest, "honeypot", "intake.refused.honeypot");

        if (tokens.Verify(token) is not { } form)
        {
            // Not a form we served (or one from before a key change): a fresh token, the same answers.
            LogRefused("bad_token");
            return FormPage(StatusCodes.Status400BadRequest, tokens.Issue(), input, [], texts, texts.Text("intake.notice.bad-token"));
        }

        var today = IsraelTime.Today(clock);
        var validation = validator.Validate(input, today, texts);
        if (validation.Answers is not { } answers)
        {
            LogInvalid(form.Key, validation.Errors.Count);
            return FormPage(StatusCodes.Status400BadRequest, token!, input, validation.Errors, texts);
        }
        if (clock.GetUtcNow() - form.IssuedAt > TimeSpan.FromMinutes(o.TokenLifetimeMinutes))
        {
            LogRefused("expired_token");
            return FormPage(StatusCodes.Status400BadRequest, tokens.Issue(), input, [], texts, texts.Text("intake.notice.expired"));
        }
        if (clock.GetUtcNow() - form.IssuedAt < TimeSpan.FromSeconds(o.MinSecondsToSubmit))
        {
            LogRefused("too_fast");
            return FormPage(StatusCodes.Status400BadRequest, token!, input, [], texts, texts.Text("intake.notice.too-fast"));
        }

        try
        {
            var result = await _locks.RunAsync(form.Key, () => pipeline.ProcessAsync(
                IntakeRecord.Create(answers, input, form, today), Receipts.NewId(Sources.Intake, clock), cancellationToken), cancellationToken);
            LogSubmitted(form.Key, result.Outcome);
            var page = IntakeMessagePages.ThankYou(texts, answers.FirstName, result.Outcome == Outcomes.Duplicate, centers.ForCity(answers.City));
            return IntakeResponse.Page(StatusCodes.Status200OK, Layout(texts, texts.Text("intake.thanks.title"), page));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The same token again is safe: the pipeline is idempotent on it.
            LogFailed(e, form.Key);
            return FormPage(StatusCodes.Status503ServiceUnavailable, token!, input, [], texts, texts.Text("intake.notice.failed"));
        }
    }

    private IntakeResponse FormPage(int status, string token, IntakeInput input, IReadOnlyList<FieldError> errors, Texts texts, string? notice = null)
    {
        var main = IntakeFormPage.Render(new FormView(token, input, errors, Cities(), LocalHeardVia(texts.Language), texts, notice));
        var title = errors.Count > 0 ? texts.Text("intake.title.errors", ("title", IntakeFormPage.Title(texts))) : IntakeFormPage.Title(texts);
        return IntakeResponse.Page(status, Layout(texts, title, main, languageSwitch: errors.Count == 0 && notice is null));
    }

    private IntakeResponse Refuse(Texts texts, int status, string reason, string key)
    {
        LogRefused(reason);
        var title = texts.Text(key + ".title");
        return IntakeResponse.Page(status, Layout(texts, title, IntakeMessagePages.Refusal(texts, title, texts.Text(key), Link(texts.Language))));
    }

    // The language switch only on a form with nothing typed yet: switching reloads the form empty.
    private string Layout(Texts texts, string title, string main, bool languageSwitch = false) =>
        IntakeLayout.Render(texts, title, main, centers.Centers, withScript: true,
            languageSwitch ? localizer.Languages : null, languageSwitch ? Link : null);

    private IReadOnlyList<CityChoice> Cities() =>
        [.. centers.Centers.SelectMany(c => c.Cities.Select(city => new CityChoice(city.Name, c.Id)))
            .DistinctBy(c => c.Name).OrderBy(c => c.Name, StringComparer.Ordinal)];

    private IReadOnlyList<LocalHeardVia> LocalHeardVia(Language language) =>
        [.. centers.Centers.SelectMany(c => c.HeardVia.Select(h => new LocalHeardVia(c.Id, h.Channel, Translations.Pick(h.Label, h.LabelTranslations, language))))];

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake form {SubmissionKey}: {Outcome}")]
    private partial void LogSubmitted(string submissionKey, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake form {SubmissionKey} returned with {ErrorCount} field errors")]
    private partial void LogInvalid(string submissionKey, int errorCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake form refused: {Reason}")]
    private partial void LogRefused(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Intake form {SubmissionKey} could not be processed")]
    private partial void LogFailed(Exception exception, string submissionKey);
}
