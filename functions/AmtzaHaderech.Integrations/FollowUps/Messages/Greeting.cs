using System.Globalization;

namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// The one place messages and pages take the name they greet a person by. A name is what some
/// channel typed (a form anyone fills, a list), so only a single name-like word of at most 20
/// letters is used; anything else greets without a name ("שלום,"), which reads fine and keeps
/// a stranger's text or a link out of a message.
public static class Greeting
{
    public const int MaxLetters = 20;

    public static string? FirstName(string? firstName)
    {
        var name = firstName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxLetters * 2) return null;
        var letters = name.Count(char.IsLetter);
        return letters is > 0 and <= MaxLetters && name.All(IsNamePart) && char.IsLetter(name[0]) ? name : null;
    }

    // Letters with their marks (niqqud, accents), and the hyphen and apostrophes of names such as
    // ג'ורג', אנה-מריה, O'Neil; no spaces, digits, dots or slashes.
    private static bool IsNamePart(char c) =>
        char.IsLetter(c) || c is '-' or '\'' or '׳' or '’'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
