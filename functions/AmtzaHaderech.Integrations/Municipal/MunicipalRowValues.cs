using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using F = AmtzaHaderech.Integrations.Municipal.CanonicalFields;

namespace AmtzaHaderech.Integrations.Municipal;

/// A row's canonical fields, read through the profile's column map (a field may have several
/// columns: the first non-empty one by name counts, every one for phones). Bad values add a
/// warning.
internal sealed class MunicipalRowValues(MunicipalProfile profile, IReadOnlyDictionary<string, ListCell> cells)
{
    private const string ExcelSerials = "excel";
    private static readonly char[] PhoneSeparators = [',', '/', ';', '|'];

    private IEnumerable<ListCell> Cells(string field) =>
        profile.ColumnsOf(field).Select(c => cells.TryGetValue(c, out var cell) ? cell : ListCell.Empty).Where(c => !c.IsBlank);

    public string? Text(string field) => Cells(field).Select(c => c.Text.Trim()).FirstOrDefault();

    /// First and last name: the name columns, else the full name split at its last word (a
    /// one-word full name is a first name only).
    public (string First, string Last) Name()
    {
        var first = HebrewText.Clean(Text(F.FirstName));
        if (first.Length > 0) return (first, HebrewText.Clean(Text(F.LastName)));
        var words = HebrewText.Clean(Text(F.FullName)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => ("", ""),
            1 => (words[0], ""),
            _ => (string.Join(' ', words[..^1]), words[^1]),
        };
    }

    /// Every possible Israeli phone of the row, E.164; a cell may hold two (`050-1234567 / 03-...`).
    public List<string> Phones(List<string> warnings)
    {
        var phones = new List<string>();
        foreach (var cell in Cells(F.Phone))
        {
            var text = cell.Text.Trim();
            var found = IsraeliPhone.ToE164(text) is { } whole
                ? [whole]
                : text.Split(PhoneSeparators, StringSplitOptions.TrimEntries).Select(IsraeliPhone.ToE164).OfType<string>().ToList();
            if (found.Count == 0) warnings.Add($"bad_value:{F.Phone}");
            phones.AddRange(found.Where(p => !phones.Contains(p)));
        }
        return phones;
    }

    public string? Email(List<string> warnings)
    {
        var text = Text(F.Email);
        var email = EmailAddress.Normalize(text);
        if (text is not null && email is null) warnings.Add($"bad_value:{F.Email}");
        return email;
    }

    /// Yes when a consent cell is one of the profile's values, or an Excel boolean TRUE.
    public bool Consent() =>
        Cells(F.Consent).Any(c => c.IsTrueBoolean
            || profile.ConsentValues.Any(v => string.Equals(v.Trim(), c.Text.Trim(), StringComparison.OrdinalIgnoreCase)));

    public DateOnly? BirthDate(DateOnly asOf, List<string> warnings)
    {
        var date = Date(F.BirthDate, warnings);
        if (date is { } d && (d.Year < 1900 || d > asOf))
        {
            warnings.Add($"bad_value:{F.BirthDate}");
            return null;
        }
        return date;
    }

    public int? BirthYear(DateOnly asOf, List<string> warnings) =>
        Number(F.BirthYear, year => year >= 1900 && year <= asOf.Year, warnings);

    public int? Age(List<string> warnings) => Number(F.Age, age => age is >= 0 and <= 120, warnings);

    /// A date cell (an Excel number), else text in one of the profile's formats (a time after
    /// the date is ignored), else with `excel` among them a serial written as text.
    public DateOnly? Date(string field, List<string> warnings)
    {
        var cell = Cells(field).FirstOrDefault();
        if (cell.IsBlank) return null;
        var date = cell.Kind == CellKind.Number ? cell.Date : ParseText(cell.Text.Trim());
        if (date is null) warnings.Add($"bad_value:{field}");
        return date;
    }

    private DateOnly? ParseText(string text)
    {
        var formats = profile.EffectiveDateFormats.Where(f => f != ExcelSerials).ToList();
        if (FieldParsing.ParseDate(text, formats) is { } date) return date;
        if (text.IndexOf(' ') is > 0 and var space && FieldParsing.ParseDate(text[..space], formats) is { } withTime) return withTime;
        return profile.EffectiveDateFormats.Contains(ExcelSerials)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                ? ExcelDate.FromSerial(serial)
                : null;
    }

    private int? Number(string field, Func<int, bool> plausible, List<string> warnings)
    {
        var text = Text(field);
        if (text is null) return null;
        if (FieldParsing.ParseCount(text) is { } n && plausible(n)) return n;
        warnings.Add($"bad_value:{field}");
        return null;
    }
}
