namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// Stored free text (a full name, an employer) that a message to staff may quote: words of
/// letters and digits with spaces and the marks names and company names carry (hyphen,
/// apostrophe, geresh, gershayim, a quote as in בע"מ, an ampersand). No dot, colon, slash or at
/// sign, so no web or e-mail address can pass; anything else is left out of the message.
internal static class MessageText
{
    public const int MaxLength = 60;

    public static string? Plain(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || !value.Any(char.IsLetter)) return null;
        return value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\u05BE' or '\'' or '\u2019' or '\u05F3' or '\u05F4' or '"' or '&')
            ? value
            : null;
    }
}
