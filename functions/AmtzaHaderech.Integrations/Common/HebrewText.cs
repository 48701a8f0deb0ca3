using System.Globalization;
using System.Text;

namespace AmtzaHaderech.Integrations.Common;

public enum Script { None, Hebrew, Arabic, Cyrillic, Latin, Other }

/// Name and city normalization of docs/matching.md: NFKC, no niqqud or cantillation, no
/// punctuation (geresh and gershayim included), hyphens and maqaf as spaces, final letters
/// to base forms, collapsed spaces, Latin and Cyrillic lower-cased.
internal static class HebrewText
{
    public static string NormalizeName(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var text = raw.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0591' and <= '\u05C7' && c != '\u05BE') continue; // niqqud, cantillation, points
            if (c is '-' or '\u05BE' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '_')
            {
                builder.Append(' ');
                continue;
            }
            if (char.IsWhiteSpace(c)) { builder.Append(' '); continue; }
            if (char.IsLetterOrDigit(c)) { builder.Append(ToBaseForm(char.ToLowerInvariant(c))); continue; }
            // Everything else (quotes, geresh, gershayim, dots, commas) is dropped.
        }
        return CollapseSpaces(builder.ToString());
    }

    public static Script ScriptOf(string text)
    {
        var counts = new Dictionary<Script, int>();
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            var script = c switch
            {
                >= '\u0590' and <= '\u05FF' => Script.Hebrew,
                >= '\u0600' and <= '\u06FF' => Script.Arabic,
                >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
                _ when c < '\u0250' => Script.Latin,
                _ => Script.Other,
            };
            counts[script] = counts.GetValueOrDefault(script) + 1;
        }
        return counts.Count == 0 ? Script.None : counts.MaxBy(kv => kv.Value).Key;
    }

    private static char ToBaseForm(char c) => c switch
    {
        'ך' => 'כ',
        'ם' => 'מ',
        'ן' => 'נ',
        'ף' => 'פ',
        'ץ' => 'צ',
        _ => c,
    };

    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// Removes control characters a participant should never see in a stored name.
    public static string Clean(string? raw) =>
        raw is null ? "" : new string(raw.Where(c => !char.IsControl(c) || c is '\n').ToArray()).Trim();
}
