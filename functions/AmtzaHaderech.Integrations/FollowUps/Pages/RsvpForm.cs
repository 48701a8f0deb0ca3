using System.Globalization;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Localization;
using Microsoft.AspNetCore.Http;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The RSVP page's answers: the values of its `answer` buttons.
internal static class RsvpAnswers
{
    public const string Yes = "yes";
    public const string No = "no";
    /// "I'd rather another date", with the chosen day in `date` (yyyy-MM-dd).
    public const string Other = "other";
}

/// The RSVP form as posted, checked against the days the page offered. Only an offered day is
/// accepted: the form can be posted by hand, and a move creates an invitation, so the day must be
/// a conference of the person's center.
internal sealed record RsvpForm(string? Answer, string? Date)
{
    public const string DateName = "date";
    /// The page's question, which the error summary links to when no day is offered.
    public const string QuestionId = "rsvp-question";

    public static readonly RsvpForm Empty = new(null, null);

    public static RsvpForm Read(IFormCollection form) => new(StatusForm.One(form, "answer"), StatusForm.One(form, DateName));

    /// Anything else (no answer, an unknown one) just shows the page again.
    public bool IsAnswer => Answer is RsvpAnswers.Yes or RsvpAnswers.No or RsvpAnswers.Other;

    /// The other days offered instead of the invited one: the center's next conferences after the
    /// invited day (and after today, should the link be opened after it), leaving out days the
    /// person is already invited to, at most `RsvpOtherDates`.
    public static IReadOnlyList<DateOnly> OtherDates(
        FollowUpsOptions options, string? center, DateOnly invitedTo, DateOnly today, IEnumerable<DateOnly> invitations)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(center)) return [];
        var known = invitations.ToHashSet();
        var after = invitedTo > today ? invitedTo : today;
        return [.. options.ConferencesAfter(center, after).Where(d => !known.Contains(d)).Take(options.RsvpOtherDates)];
    }

    /// The id of the first day's radio button, which the error summary links to (the question
    /// when no day is offered: a form posted by hand).
    public static string DateField(IReadOnlyList<DateOnly> offered) =>
        offered.Count > 0 ? $"{DateName}-{Value(offered[0])}" : QuestionId;

    public static string Value(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// The errors, each with the id of the field to move to; none means the choice stands.
    public IReadOnlyList<(string Field, string Message)> Errors(Texts texts, IReadOnlyList<DateOnly> offered)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(offered);
        if (Answer != RsvpAnswers.Other) return [];
        if (offered.Count == 0) return [(DateField(offered), texts.Text("rsvp.error.no-dates"))];
        if (Date is null) return [(DateField(offered), texts.Text("rsvp.error.choose"))];
        return MovedTo(offered) is null ? [(DateField(offered), texts.Text("rsvp.error.not-offered"))] : [];
    }

    /// The choice of an answer without errors.
    public RsvpChoice ToChoice(IReadOnlyList<DateOnly> offered) => Answer switch
    {
        RsvpAnswers.Yes => new RsvpChoice(true, null),
        RsvpAnswers.No => new RsvpChoice(false, null),
        _ => new RsvpChoice(false, MovedTo(offered) ?? throw new InvalidOperationException("The form has errors.")),
    };

    private DateOnly? MovedTo(IReadOnlyList<DateOnly> offered) =>
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && offered.Contains(day)
            ? day
            : null;
}
