using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// GET and POST /intake, for both hosts. A POST passes, in order: the rate limit, the size limit,
/// the honeypot, the signed token, its lifetime, the time trap, validation, and then the
/// referral pipeline.
/// Whatever stops it, a person gets a page that says what to do and keeps what they typed.
public sealed partial class IntakeFormHandler(
    FormTokens tokens,
    IntakeValidator validator,
    ReferralPipeline pipeline,
    CenterDirectory centers,
    IntakeRateLimits limits,
    IOptions<IntakeFormOptions> options,
    TimeProvider clock,
    ILogger<IntakeFormHandler> logger)
{
    public const string ExpiredNotice =
        "עבר זמן רב מאז שהטופס נפתח, ולכן הוא עוד לא נשלח. הפרטים שכתבתם נשמרו: נא לבדוק אותם וללחוץ שוב על \"שליחת הטופס\".";

    private readonly KeyedLocks _locks = new();

    public IntakeResponse Show() => FormPage(StatusCodes.Status200OK, tokens.Issue(), IntakeInput.Empty, []);

    public async Task<IntakeResponse> SubmitAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var (allowed, retryAfter) = limits.Submissions.TryAcquire(ClientAddress.Of(request, o.TrustedFrontEnds));
        var (problem, fields) = await FormBody.ReadAsync(request, o.MaxBodyBytes, cancellationToken);
        switch (problem)
        {
            case FormBody.Problem.TooLarge:
                return Refuse(StatusCodes.Status413PayloadTooLarge, "too_large", "הטופס גדול מדי",
                    "נשלח יותר מידע ממה שהטופס יכול להכיל, ולכן הוא לא התקבל. נא לחזור לטופס ולשלוח אותו שוב.");
            case FormBody.Problem.NotAForm or FormBody.Problem.Malformed:
                return Refuse(problem == FormBody.Problem.NotAForm ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status400BadRequest,
                    "not_a_form", "לא הצלחנו לקרוא את הטופס", "מה שנשלח אינו הטופס שלנו, ולכן הוא לא התקבל. נא לחזור לטופס ולמלא אותו.");
        }

        var input = new IntakeInput(fields);
        var token = fields.GetValueOrDefault(IntakeFields.FormToken);
        if (!allowed)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
            LogRefused("rate_limited");
            return FormPage(StatusCodes.Status429TooManyRequests, token ?? tokens.Issue(), input, [],
                    $"נשלחו מהרשת שלכם טפסים רבים בזמן קצר. הפרטים שכתבתם נשמרו: נא לחכות {minutes} דקות ואז ללחוץ שוב על \"שליחת הטופס\".")
                .With("Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString());
        }
        if (!string.IsNullOrEmpty(fields.GetValueOrDefault(IntakeFields.Honeypot)))
            return Refuse(StatusCodes.Status400BadRequest, "honeypot", "לא הצלחנו לקבל את הטופס",
                "הטופס נשלח בדרך שנראית אוטומטית, ולכן הוא לא התקבל. אם מילאתם אותו בעצמכם, נשמח לרשום אתכם בטלפון.");

        if (tokens.Verify(token) is not { } form)
        {
            // Not a form we served (or one from before a key change): a fresh token, the same answers.
            LogRefused("bad_token");
            return FormPage(StatusCodes.Status400BadRequest, tokens.Issue(), input, [], "נא לבדוק את הפרטים וללחוץ שוב על \"שליחת הטופס\".");
        }
        if (clock.GetUtcNow() - form.IssuedAt > TimeSpan.FromMinutes(o.TokenLifetimeMinutes))
        {
            LogRefused("expired_token");
            return FormPage(StatusCodes.Status400BadRequest, tokens.Issue(), input, [], ExpiredNotice);
        }
        if (clock.GetUtcNow() - form.IssuedAt < TimeSpan.FromSeconds(o.MinSecondsToSubmit))
        {
            LogRefused("too_fast");
            return FormPage(StatusCodes.Status400BadRequest, token!, input, [],
                "הטופס נשלח מהר מהרגיל, ולכן לא התקבל. כדי לוודא שאדם שלח אותו, נא לבדוק את הפרטים וללחוץ שוב על \"שליחת הטופס\".");
        }

        var today = IsraelTime.Today(clock);
        var validation = validator.Validate(input, today);
        if (validation.Answers is not { } answers)
        {
            LogInvalid(form.Key, validation.Errors.Count);
            return FormPage(StatusCodes.Status400BadRequest, token!, input, validation.Errors);
        }

        try
        {
            var result = await _locks.RunAsync(form.Key, () => pipeline.ProcessAsync(
                IntakeRecord.Create(answers, input, form, today), Receipts.NewId(Sources.Intake, clock), cancellationToken), cancellationToken);
            LogSubmitted(form.Key, result.Outcome);
            var page = IntakeMessagePages.ThankYou(answers.FirstName, result.Outcome == Outcomes.Duplicate, centers.ForCity(answers.City));
            return IntakeResponse.Page(StatusCodes.Status200OK, IntakeLayout.Render("הטופס התקבל", page, centers.Centers, withScript: true));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The same token again is safe: the pipeline is idempotent on it.
            LogFailed(e, form.Key);
            return FormPage(StatusCodes.Status503ServiceUnavailable, token!, input, [],
                "הייתה אצלנו תקלה זמנית, והטופס עוד לא נשמר. הפרטים שכתבתם נשמרו בעמוד: נא לנסות שוב בעוד כמה דקות.");
        }
    }

    private IntakeResponse FormPage(int status, string token, IntakeInput input, IReadOnlyList<FieldError> errors, string? notice = null)
    {
        var main = IntakeFormPage.Render(new FormView(token, input, errors, validator.ServedCities, notice));
        var title = errors.Count > 0 ? $"שגיאה: {IntakeFormPage.Title}" : IntakeFormPage.Title;
        return IntakeResponse.Page(status, IntakeLayout.Render(title, main, centers.Centers, withScript: true));
    }

    private IntakeResponse Refuse(int status, string reason, string title, string explanation)
    {
        LogRefused(reason);
        return IntakeResponse.Page(status, IntakeLayout.Render(title, IntakeMessagePages.Refusal(title, explanation), centers.Centers, withScript: true));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake form {SubmissionKey}: {Outcome}")]
    private partial void LogSubmitted(string submissionKey, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake form {SubmissionKey} returned with {ErrorCount} field errors")]
    private partial void LogInvalid(string submissionKey, int errorCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake form refused: {Reason}")]
    private partial void LogRefused(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Intake form {SubmissionKey} could not be processed")]
    private partial void LogFailed(Exception exception, string submissionKey);
}
