using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Intake.Exports;

/// The choice questions of an export, read as the online form's choices (IntakeChoices): an
/// answer is the choice's code or its Hebrew label, compared trimmed and case-insensitively.
internal static class IntakeExportAnswers
{
    /// The recruitment code of a "how did you hear of us" answer: the profile's words first,
    /// then the form's labels and the codes themselves; null when none of them.
    public static string? HeardVia(IntakeProfile profile, string answer)
    {
        foreach (var (words, code) in profile.HeardVia)
            if (Same(words, answer)) return code;
        return Choose(IntakeChoices.HeardVia, answer);
    }

    /// The track as SPOT codes it, or null.
    public static string? Track(string answer) => Choose(IntakeChoices.Track, answer);

    /// Yes or no (the form's choices, or one of the profile's yes values); null when neither.
    public static bool? YesNo(IntakeProfile profile, string answer) =>
        Choose(IntakeChoices.YesNo, answer) is { } choice ? choice == IntakeChoices.YesNo[0].Value
        : profile.ConsentValues.Any(v => Same(v, answer)) ? true
        : null;

    /// Percent of a full-time job: the form's choices (full 100, partial 50), or a percent.
    public static int? DesiredScope(string answer) =>
        Choose(IntakeChoices.DesiredScope, answer) switch
        {
            IntakeChoices.FullScope => 100,
            IntakeChoices.PartialScope => 50,
            _ => FieldParsing.ParseScope(answer),
        };

    public static string? Gender(string answer) => Choose(IntakeChoices.Gender, answer) ?? FieldParsing.ParseGender(answer);

    /// The language a form was filled in (a multilingual form's language column): a language
    /// code (`ru`), the language's own name (`Русский`), or its Hebrew or English name; null when
    /// it is not one the hub writes in.
    public static string? Language(string answer) =>
        TextCatalog.Embedded.Languages.FirstOrDefault(l => Same(l.Code, answer) || Same(l.Name, answer))?.Code
        ?? LanguageNames.FirstOrDefault(n => n.Names.Any(name => Same(name, answer))).Code;

    private static readonly (string Code, string[] Names)[] LanguageNames =
    [
        ("he", ["עברית", "Hebrew", "he-IL"]),
        ("ru", ["רוסית", "Russian", "ru-RU", "русский язык"]),
        ("ar", ["ערבית", "Arabic", "ar-IL", "عربي"]),
    ];

    private static string? Choose(Choice[] choices, string answer) =>
        choices.FirstOrDefault(c => Same(c.Value, answer) || Same(c.Label, answer))?.Value;

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// Whether a profile's HeardVia value is one of SPOT's codes.
    public static bool IsRecruitmentCode(string code) => RecruitmentChannels.All.Contains(code);
}
