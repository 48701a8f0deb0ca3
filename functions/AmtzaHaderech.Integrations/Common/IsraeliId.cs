namespace AmtzaHaderech.Integrations.Common;

/// Israeli national ID (מספר זהות): 5-9 digits, left-padded to 9, Luhn-style check digit.
public static class IsraeliId
{
    /// The ID as 9 digits when it is 5-9 digits with a valid check digit; otherwise null.
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var digits = raw.Trim();
        if (digits.Length is < 5 or > 9 || !digits.All(char.IsAsciiDigit)) return null;
        var padded = digits.PadLeft(9, '0');
        // All zeros passes the check digit, but it is a placeholder for "unknown", not an ID:
        // as an ID it would make every such row one person (docs/matching.md rule 1).
        if (padded == "000000000") return null;
        return HasValidCheckDigit(padded) ? padded : null;
    }

    public static bool HasValidCheckDigit(string nineDigits)
    {
        if (nineDigits.Length != 9 || !nineDigits.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 1 : 2);
            sum += product > 9 ? product - 9 : product;
        }
        return sum % 10 == 0;
    }
}
