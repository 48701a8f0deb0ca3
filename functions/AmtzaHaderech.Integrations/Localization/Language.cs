namespace AmtzaHaderech.Integrations.Localization;

/// A language the participants' texts are written in: its code (ISO 639-1, the page's `lang`),
/// its own name (what the language switch shows) and its direction.
public sealed record Language(string Code, string Name, bool RightToLeft)
{
    public const string HebrewCode = "he";

    public string Direction => RightToLeft ? "rtl" : "ltr";
}

/// How a text addresses its reader. Hebrew and Arabic say "you" differently to a woman and to a
/// man; when the gender is not known, texts use the plural ("אתם"), never a slash ("את/ה").
public enum Addressing
{
    Plural,
    Female,
    Male,
}

internal static class Addressings
{
    /// From a gender code as SPOT and the intake form keep it (`F`, `M`, or empty).
    public static Addressing FromGender(string? gender) => gender?.Trim().ToUpperInvariant() switch
    {
        "F" => Addressing.Female,
        "M" => Addressing.Male,
        _ => Addressing.Plural,
    };
}
