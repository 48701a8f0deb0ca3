using System.Globalization;

namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// The one rule for putting a stored name into a message or a page. A name reached the store
/// from a channel anyone can type into, so it is used only when it looks like a first name: one
/// word of at most 20 letters of one script (Hebrew, Latin, Cyrillic, Arabic), their marks
/// (niqqud, accents) after a letter, and a hyphen, apostrophe, geresh or gershayim only between
/// letters. Anything else (a sentence, a web address, digits) greets without a name ("שלום,"),
/// which reads fine and keeps a stranger's text or a link out of what the hub sends.
internal static class Greeting
{
    public const int MaxLetters = 20;

    /// The trimmed first name when a message may carry it; otherwise null.
    public static string? FirstName(string? firstName)
    {
        var name = firstName?.Trim();
        if (string.IsNullOrEmpty(name)) return null;
        var letters = 0;
        Script? script = null;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (IsMark(c))
            {
                if (i == 0 || !IsLetterOrMark(name[i - 1])) return null;
                continue;
            }
            if (IsJoiner(c))
            {
                // Inside a word only, and never two in a row: "בן-דוד", "O'Brien", "ג׳ורג׳".
                var last = i == name.Length - 1;
                if (i == 0 || IsJoiner(name[i - 1]) || (last && !IsTrailingMark(c))) return null;
                continue;
            }
            if (ScriptOf(c) is not { } letterScript || (script is { } s && s != letterScript)) return null;
            script = letterScript;
            letters++;
        }
        return letters is > 0 and <= MaxLetters ? name : null;
    }

    private enum Script { Hebrew, Latin, Cyrillic, Arabic }

    private static Script? ScriptOf(char c) => c switch
    {
        >= '\u05D0' and <= '\u05EA' => Script.Hebrew,
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => Script.Latin,
        // Latin-1 and Latin Extended-A/B letters (é, ñ, ł), not × and ÷.
        >= '\u00C0' and <= '\u024F' when char.IsLetter(c) => Script.Latin,
        >= '\u0400' and <= '\u04FF' when char.IsLetter(c) => Script.Cyrillic,
        >= '\u0620' and <= '\u064A' when char.IsLetter(c) => Script.Arabic,
        _ => null,
    };

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsLetterOrMark(char c) => ScriptOf(c) is not null || IsMark(c);

    // Hyphen, maqaf, apostrophe (straight and typographic), geresh, gershayim.
    private static bool IsJoiner(char c) => c is '-' or '\u05BE' or '\'' or '\u2019' or '\u05F3' or '\u05F4';

    // A Hebrew name may end in a geresh (ג׳ in "ג׳ורג׳") or an apostrophe typed for one.
    private static bool IsTrailingMark(char c) => c is '\'' or '\u2019' or '\u05F3';
}
