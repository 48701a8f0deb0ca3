using AmtzaHaderech.Integrations.Common;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The two date questions, each typed as separate numbers (day, month, year), which people get
/// right more often than a date picker. Their errors belong to the group.
public static class IntakeDates
{
    public const string BirthDateGroup = "birthDate";
    public const string OutOfWorkGroup = "outOfWorkSince";

    private const int OldestAge = 110;
    private const int YoungestAge = 16;

    public static DateOnly? BirthDate(IntakeInput input, DateOnly today, List<FieldError> errors)
    {
        string[] parts = [F.BirthDay, F.BirthMonth, F.BirthYear];
        if (Missing(input, parts) is { } missing)
            return Fail(BirthDateGroup, missing, "נא לכתוב תאריך לידה מלא: יום, חודש ושנה", errors);
        var day = Number(input[F.BirthDay], 1, 31);
        var month = Number(input[F.BirthMonth], 1, 12);
        var year = Number(input[F.BirthYear], 1000, 9999);
        if (day is null) return Fail(BirthDateGroup, F.BirthDay, "היום בתאריך הלידה צריך להיות מספר בין 1 ל-31", errors);
        if (month is null) return Fail(BirthDateGroup, F.BirthMonth, "החודש בתאריך הלידה צריך להיות מספר בין 1 ל-12", errors);
        if (year is null) return Fail(BirthDateGroup, F.BirthYear, "נא לכתוב את שנת הלידה בארבע ספרות, למשל 1965", errors);
        if (day > DateTime.DaysInMonth(year.Value, month.Value))
            return Fail(BirthDateGroup, F.BirthDay, $"בחודש {month} יש רק {DateTime.DaysInMonth(year.Value, month.Value)} ימים. נא לבדוק את היום", errors);
        var date = new DateOnly(year.Value, month.Value, day.Value);
        var age = DateMath.Age(date, today);
        if (age < YoungestAge || age > OldestAge)
            return Fail(BirthDateGroup, F.BirthYear, "נא לבדוק את שנת הלידה", errors);
        return date;
    }

    /// The 1st of the month the person has been out of work since: not later than this month.
    public static DateOnly? OutOfWorkSince(IntakeInput input, DateOnly today, List<FieldError> errors)
    {
        string[] parts = [F.OutOfWorkMonth, F.OutOfWorkYear];
        if (Missing(input, parts) is { } missing)
            return Fail(OutOfWorkGroup, missing, "נא לכתוב מאז מתי אינכם עובדים: חודש ושנה", errors);
        var month = Number(input[F.OutOfWorkMonth], 1, 12);
        var year = Number(input[F.OutOfWorkYear], 1000, 9999);
        if (month is null) return Fail(OutOfWorkGroup, F.OutOfWorkMonth, "החודש צריך להיות מספר בין 1 ל-12, למשל 3 למרץ", errors);
        if (year is null) return Fail(OutOfWorkGroup, F.OutOfWorkYear, "נא לכתוב את השנה בארבע ספרות, למשל 2024", errors);
        var since = new DateOnly(year.Value, month.Value, 1);
        if (since > today) return Fail(OutOfWorkGroup, F.OutOfWorkMonth, "החודש שכתבתם עוד לא הגיע. נא לכתוב חודש שכבר עבר, או את החודש הזה", errors);
        if (today.Year - year > 70) return Fail(OutOfWorkGroup, F.OutOfWorkYear, "נא לבדוק את השנה", errors);
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
