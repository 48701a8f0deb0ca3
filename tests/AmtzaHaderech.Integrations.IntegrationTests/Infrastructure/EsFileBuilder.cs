using System.Text;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// Writes Employment Service referral files the contract allows, in any shape: encodings,
/// column orders, quoted fields with commas, quotes and line breaks.
public sealed class EsFileBuilder
{
    public static readonly string[] StandardHeaders =
    [
        "מספר_הפניה", "קוד_תכנית", "קוד_לשכה", "תאריך_הפניה", "מספר_זהות", "שם_פרטי", "שם_משפחה", "תאריך_לידה",
        "מין", "טלפון_נייד", "טלפון_נוסף", "דואל", "ישוב", "חודשי_אבטלה", "שנות_ניסיון", "היקף_משרה_מבוקש", "הערות",
    ];

    private readonly List<Dictionary<string, string>> _rows = [];

    public string[] Headers { get; set; } = StandardHeaders;

    public static Dictionary<string, string> Row(int n) => new()
    {
        ["מספר_הפניה"] = (800000 + n).ToString(),
        ["קוד_תכנית"] = "4521",
        ["קוד_לשכה"] = "113",
        ["תאריך_הפניה"] = "23/11/2026",
        ["מספר_זהות"] = ValidId(200000 + n),
        ["שם_פרטי"] = "דנה",
        ["שם_משפחה"] = "כהן" + Letters(n),
        ["תאריך_לידה"] = "14/03/1968",
        ["מין"] = "נ",
        ["טלפון_נייד"] = $"050-{2000000 + n}",
        ["טלפון_נוסף"] = "",
        ["דואל"] = "",
        ["ישוב"] = "כפר סבא",
        ["חודשי_אבטלה"] = "6",
        ["שנות_ניסיון"] = "25",
        ["היקף_משרה_מבוקש"] = "מלאה",
        ["הערות"] = "",
    };

    public EsFileBuilder Add(Dictionary<string, string> row)
    {
        _rows.Add(row);
        return this;
    }

    public byte[] Build(Encoding? encoding = null, bool bom = true, string newline = "\r\n", int? trailerCount = null)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Headers.Select(Quote))).Append(newline);
        foreach (var row in _rows)
            text.Append(string.Join(',', Headers.Select(h => Quote(row.GetValueOrDefault(h, ""))))).Append(newline);
        text.Append($"#סה\"כ,{trailerCount ?? _rows.Count}").Append(newline);
        encoding ??= new UTF8Encoding(bom);
        return [.. (bom ? encoding.GetPreamble() : []), .. encoding.GetBytes(text.ToString())];
    }

    /// A 9-digit ID with a valid check digit, from an 8-digit body.
    public static string ValidId(int body)
    {
        var digits = body.ToString("D8");
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var p = (digits[i] - '0') * (i % 2 == 0 ? 1 : 2);
            sum += p > 9 ? p - 9 : p;
        }
        return digits + ((10 - sum % 10) % 10);
    }

    // Distinct Hebrew surnames suffixes so generated people do not share names.
    private static string Letters(int n)
    {
        const string alphabet = "אבגדהוזחטיכלמנסעפצקרשת";
        var s = new StringBuilder();
        do { s.Append(alphabet[n % alphabet.Length]); n /= alphabet.Length; } while (n > 0);
        return s.ToString();
    }

    private static string Quote(string value) =>
        value.Contains(',') || value.Contains('\n') || value.StartsWith('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
