using PhoneNumbers;

namespace AmtzaHaderech.Integrations.Common;

/// Israeli phone numbers to E.164 through libphonenumber. A number counts when it is a
/// *possible* number (length and shape): allocation is not required (docs/matching.md).
internal static class IsraeliPhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private const int IsraelCountryCode = 972;

    public static string? ToE164(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        try
        {
            var number = Util.Parse(raw.Trim(), "IL");
            // A possible number of another country (+1 212...) is no Israeli phone (docs/matching.md).
            if (number.CountryCode != IsraelCountryCode || !Util.IsPossibleNumber(number)) return null;
            return Util.Format(number, PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// The number as ToE164 writes it: what the hub stores after validating a phone.
    public static bool IsE164(string? text) =>
        text is { Length: > 4 } && text.StartsWith("+972", StringComparison.Ordinal) && ToE164(text) == text;

    /// Israeli mobiles are +9725X...: SMS goes only to those.
    public static bool IsMobile(string e164) => e164.StartsWith("+9725", StringComparison.Ordinal);
}
