namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// How a message opens, and the one rule for putting a stored name into it. A name reached the
/// store from a channel anyone can type into, so a message carries it only when it looks like a
/// first name: one word of at most 20 letters of one script (Hebrew, Latin, Cyrillic, Arabic),
/// with a hyphen, apostrophe, geresh or gershayim only between letters. Anything else (a
/// sentence, a web address, digits) gets the greeting without a name.
public static class Greeting
{
    public const int MaxLetters = 20;

    /// "שלום דנה", or "שלום" when the name may not be used.
    public static string Hello(string? firstName) => SafeFirstName(firstName) is { } name ? $"שלום {name}" : "שלום";

    /// The trimmed first name when a message may carry it; otherwise null.
    public static string? SafeFirstName(string? firstName)
    {
        var name = firstName?.Trim();
        if (string.IsNullOrEmpty(name)) return null;
        var letters = 0;
        Script? script = null;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
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

    // Hyphen, maqaf, apostrophe (straight and typographic), geresh, gershayim.
    private static bool IsJoiner(char c) => c is '-' or '\u05BE' or '\'' or '\u2019' or '\u05F3' or '\u05F4';

    // A Hebrew name may end in a geresh (ג׳ in "ג׳ורג׳") or an apostrophe typed for one.
    private static bool IsTrailingMark(char c) => c is '\'' or '\u2019' or '\u05F3';
}
