using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using F = AmtzaHaderech.Integrations.Tabular.SheetFields;

namespace AmtzaHaderech.Integrations.Tabular;

/// A row's canonical fields, read through the profile's column map (a field may have several
/// columns: the first non-empty one by name counts, every one for phones). Bad values add a
/// `bad_value:<field>` warning and count as missing.
public sealed class SheetRowValues(SheetProfile profile, IReadOnlyDictionary<string, ListCell> cells)
{
    private const string ExcelSerials = "excel";
    private static readonly char[] PhoneSeparators = [',', '/', ';', '|'];

    private IEnumerable<ListCell> Cells(string field) =>
        profile.ColumnsOf(field).Select(c => cells.TryGetValue(c, out var cell) ? cell : ListCell.Empty).Where(c => !c.IsBlank);

    public string? Text(string field) => Cells(field).Select(c => c.Text.Trim()).FirstOrDefault();

    /// The row as received, column -> text, kept in the ledger.
    public IReadOnlyDictionary<string, string?> Raw() => cells.ToDictionary(c => c.Key, c => c.Value.IsBlank ? null : c.Value.Text);

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

    /// Yes when a cell of the field is one of the profile's consent values, or an Excel boolean TRUE.
    public bool IsYes(string field) =>
        Cells(field).Any(c => c.IsTrueBoolean
            || profile.ConsentValues.Any(v => string.Equals(v.Trim(), c.Text.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// A birth date not before 1900 and not after the record's date; else a warning and null.
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

    /// A whole number the check finds plausible; else a warning and null.
    public int? Number(string field, Func<int, bool> plausible, List<string> warnings) =>
        Parsed<int>(field, text => FieldParsing.ParseCount(text) is { } n && plausible(n) ? n : null, warnings);

    /// A value parsed from the field's text; unparsable text is a warning and null.
    public T? Parsed<T>(string field, Func<string, T?> parse, List<string> warnings) where T : struct
    {
        var text = Text(field);
        if (text is null) return null;
        if (parse(text) is { } value) return value;
        warnings.Add($"bad_value:{field}");
        return null;
    }

    /// An answer read as one of a set (a code for a choice's words); other text is a warning and null.
    public string? Choice(string field, Func<string, string?> choose, List<string> warnings)
    {
        var text = Text(field);
        if (text is null) return null;
        if (choose(text) is { } value) return value;
        warnings.Add($"bad_value:{field}");
        return null;
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
}
