using System.Globalization;

namespace AmtzaHaderech.Integrations.Common;

/// What counts as a name where a person or a file gives one: the rules every channel's mapper
/// and every form apply, so that text meant as a formula, a link or a message never passes as a
/// name (docs/architecture.md, "Names and the files staff open"). Both start with a letter (or,
/// for an employer, a digit), so neither can start with `=`, `+`, `-` or `@`.
internal static class NameText
{
    /// A person's first or last name: letters of the Hebrew, Latin, Cyrillic and Arabic scripts
    /// (with their points and accents), spaces, hyphens (and the maqaf), apostrophes (and the
    /// geresh), the gershayim, and an ASCII or typographic double quote between two Hebrew letters
    /// (the gershayim as keyboards type it). No digits, no dots, nothing else.
    public static bool IsPersonName(string? text) => IsValid(text, employer: false);

    /// An employer's or a job's name on the check-in page: the letters and marks of a person's
    /// name, digits, spaces, and the punctuation a company or a job title needs (`- ' " . , & ( ) /`:
    /// בזק בע"מ, Johnson & Johnson, מנהל/ת חשבונות).
    public static bool IsEmployerOrRole(string? text) => IsValid(text, employer: true);

    private static bool IsValid(string? text, bool employer)
    {
        if (string.IsNullOrEmpty(text) || !(IsLetter(text[0]) || (employer && char.IsAsciiDigit(text[0])))) return false;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            var fits = IsLetter(c) || IsMark(c, text[i - 1]) || c is ' ' || IsHyphen(c) || IsApostrophe(c)
                || (employer
                    ? char.IsAsciiDigit(c) || IsQuote(c) || c is '.' or ',' or '&' or '(' or ')' or '/'
                    : c == '\u05F4' || (IsQuote(c) && i + 1 < text.Length && IsHebrewLetter(text[i - 1]) && IsHebrewLetter(text[i + 1])));
            if (!fits) return false;
        }
        return true;
    }

    private static bool IsLetter(char c) => char.IsLetter(c) && (IsHebrewLetter(c) || IsLatin(c) || IsCyrillic(c) || IsArabic(c));

    private static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA' or >= '\u05F0' and <= '\u05F2' or >= '\uFB1D' and <= '\uFB4F';

    private static bool IsLatin(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF';

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
        or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    // Niqqud, Arabic harakat, combining accents: only on a letter (or another mark).
    private static bool IsMark(char c, char before) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark
        && (IsLetter(before) || CharUnicodeInfo.GetUnicodeCategory(before) == UnicodeCategory.NonSpacingMark);

    private static bool IsHyphen(char c) => c is '-' or '\u05BE' or '\u2010' or '\u2011';

    // ASCII and typographic apostrophes (phones type ’), the geresh, the modifier letter apostrophe.
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u05F3' or '\u02BC';

    private static bool IsQuote(char c) => c is '"' or '\u05F4' or '\u201C' or '\u201D';
}
