namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// How many parts (segments) an SMS takes, which is what the provider bills and what the phone
/// stitches back together. A text of GSM-7 characters only (Latin letters, digits, common
/// punctuation) holds 160 of them in one part, 153 a part when longer; `^{}[]~|€\` count two.
/// Anything else (Hebrew, Arabic, Cyrillic, emoji) sends the whole text as UCS-2: 70 UTF-16 units
/// in one part, 67 a part when longer. A character never splits across parts.
internal static class SmsSegments
{
    public const string Gsm7 = "GSM-7";
    public const string Ucs2 = "UCS-2";

    // GSM 03.38's basic set (without the escape), then the extension table reached through it.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extension = "\f^{}\\[~]|€";

    public static SmsLength Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var gsm = text.All(c => Basic.Contains(c, StringComparison.Ordinal) || Extension.Contains(c, StringComparison.Ordinal));
        var costs = gsm ? text.Select(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1).ToList() : Ucs2Costs(text);
        var (single, part) = gsm ? (160, 153) : (70, 67);
        var units = costs.Sum();
        return new SmsLength(gsm ? Gsm7 : Ucs2, units, units <= single ? 1 : Parts(costs, part));
    }

    // A surrogate pair (an emoji) is one character of two units.
    private static List<int> Ucs2Costs(string text)
    {
        var costs = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            costs.Add(pair ? 2 : 1);
            if (pair) i++;
        }
        return costs;
    }

    private static int Parts(List<int> costs, int capacity)
    {
        var (parts, used) = (1, 0);
        foreach (var cost in costs)
        {
            if (used + cost > capacity) (parts, used) = (parts + 1, 0);
            used += cost;
        }
        return parts;
    }
}

/// An SMS's encoding, its length in the encoding's units (septets or UTF-16 units) and its parts.
public sealed record SmsLength(string Encoding, int Units, int Segments);
