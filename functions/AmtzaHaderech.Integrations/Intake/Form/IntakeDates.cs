using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Localization;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The two date questions, each typed as separate numbers (day, month, year), which people get
/// right more often than a date picker. Their errors belong to the group (texts `intake.error.birthDate.*`,
/// `intake.error.outOfWorkSince.*`).
internal static class IntakeDates
{
    public const string BirthDateGroup = "birthDate";
    public const string OutOfWorkGroup = "outOfWorkSince";

    private const int OldestAge = 110;
    private const int YoungestAge = 16;

    public static DateOnly? BirthDate(IntakeInput input, DateOnly today, Texts texts, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        string[] parts = [F.BirthDay, F.BirthMonth, F.BirthYear];
        if (Missing(input, parts) is { } missing)
            return Fail(BirthDateGroup, missing, texts.Text("intake.error.birthDate.missing"), errors);
        var day = Number(input[F.BirthDay], 1, 31);
        var month = Number(input[F.BirthMonth], 1, 12);
        var year = Number(input[F.BirthYear], 1000, 9999);
        if (day is null) return Fail(BirthDateGroup, F.BirthDay, texts.Text("intake.error.birthDate.day"), errors);
        if (month is null) return Fail(BirthDateGroup, F.BirthMonth, texts.Text("intake.error.birthDate.month"), errors);
        if (year is null) return Fail(BirthDateGroup, F.BirthYear, texts.Text("intake.error.birthDate.year"), errors);
        var days = DateTime.DaysInMonth(year.Value, month.Value);
        if (day > days)
            return Fail(BirthDateGroup, F.BirthDay, texts.Text("intake.error.birthDate.days",
                ("month", month.Value.ToString(CultureInfo.InvariantCulture)), ("days", days.ToString(CultureInfo.InvariantCulture))), errors);
        var date = new DateOnly(year.Value, month.Value, day.Value);
        var age = DateMath.Age(date, today);
        if (age < YoungestAge || age > OldestAge)
            return Fail(BirthDateGroup, F.BirthYear, texts.Text("intake.error.birthDate.check"), errors);
        return date;
    }

    /// The 1st of the month the person has been out of work since: not later than this month.
    public static DateOnly? OutOfWorkSince(IntakeInput input, DateOnly today, Texts texts, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        string[] parts = [F.OutOfWorkMonth, F.OutOfWorkYear];
        if (Missing(input, parts) is { } missing)
            return Fail(OutOfWorkGroup, missing, texts.Text("intake.error.outOfWorkSince.missing"), errors);
        var month = Number(input[F.OutOfWorkMonth], 1, 12);
        var year = Number(input[F.OutOfWorkYear], 1000, 9999);
        if (month is null) return Fail(OutOfWorkGroup, F.OutOfWorkMonth, texts.Text("intake.error.outOfWorkSince.month"), errors);
        if (year is null) return Fail(OutOfWorkGroup, F.OutOfWorkYear, texts.Text("intake.error.outOfWorkSince.year"), errors);
        var since = new DateOnly(year.Value, month.Value, 1);
        if (since > today) return Fail(OutOfWorkGroup, F.OutOfWorkMonth, texts.Text("intake.error.outOfWorkSince.future"), errors);
        if (today.Year - year > 70) return Fail(OutOfWorkGroup, F.OutOfWorkYear, texts.Text("intake.error.outOfWorkSince.check"), errors);
        return since;
    }

    private static string? Missing(IntakeInput input, string[] parts) => parts.FirstOrDefault(p => input[p].Length == 0);

    private static int? Number(string value, int min, int max) =>
        FieldParsing.ParseCount(value) is { } n && n >= min && n <= max ? n : null;

    private static DateOnly? Fail(string group, string target, string message, List<FieldError> errors)
    {
        errors.Add(new FieldError(group, target, message));
        return null;
    }
}
