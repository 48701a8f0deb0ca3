namespace AmtzaHaderech.Integrations.Common;

/// The standard Jaro-Winkler similarity docs/matching.md names: prefix scale 0.1, common prefix up
/// to 4 characters. F23.StringSimilarity's JaroWinkler does not cap the prefix, so two people
/// who share a first name and the start of a surname (אברהם גולדברג, אברהם גולדשטיין) scored
/// above the 0.92 threshold and were merged.
internal static class NameSimilarity
{
    private const double PrefixScale = 0.1;
    private const int MaxPrefix = 4;

    public static double JaroWinkler(string a, string b)
    {
        var jaro = Jaro(a, b);
        var limit = Math.Min(MaxPrefix, Math.Min(a.Length, b.Length));
        var prefix = 0;
        while (prefix < limit && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * PrefixScale * (1 - jaro);
    }

    public static double Jaro(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        var window = Math.Max(Math.Max(a.Length, b.Length) / 2 - 1, 0);
        var matchedA = new bool[a.Length];
        var matchedB = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j < Math.Min(b.Length, i + window + 1); j++)
            {
                if (matchedB[j] || a[i] != b[j]) continue;
                matchedA[i] = matchedB[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;

        var outOfOrder = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!matchedA[i]) continue;
            while (!matchedB[j]) j++;
            if (a[i] != b[j]) outOfOrder++;
            j++;
        }
        double m = matches;
        return (m / a.Length + m / b.Length + (m - outOfOrder / 2.0) / m) / 3;
    }
}
