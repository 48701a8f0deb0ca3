using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tabular;

/// How an export made elsewhere reads (docs/municipal-lists.md, "Adding a city"): its format, header
/// row, column titles -> canonical fields, date formats and consent values. Municipal lists and
/// intake-form exports are both read through one. Lists are empty by default because the
/// configuration binder appends to a list it finds filled; the defaults apply in code.
public abstract class SheetProfile
{
    /// `csv` or `xlsx`.
    public string Format { get; set; } = ListFormats.Csv;

    /// XLSX: the worksheet to read; empty = the first one.
    public string? Sheet { get; set; }

    /// CSV: `utf-8`, `windows-1255` or `auto`.
    public string Encoding { get; set; } = ListEncodings.Auto;

    /// CSV: `,`, `;`, or a tab (`\t` or `tab`).
    public string Delimiter { get; set; } = ",";

    /// 1-based row holding the column names; rows above it (a title) are skipped.
    public int HeaderRow { get; set; } = 1;

    /// Source column name -> canonical field.
    public Dictionary<string, string> Columns { get; set; } = [];

    /// .NET date formats (`dd/MM/yyyy`), and `excel` for Excel serial numbers written as text.
    public List<string> DateFormats { get; set; } = [];

    /// Cell values meaning yes, compared trimmed and case-insensitively.
    public List<string> ConsentValues { get; set; } = [];

    /// Canonical fields whose columns must exist; `a|b` means either. Empty = DefaultRequired.
    public List<string> Required { get; set; } = [];

    public static readonly string[] DefaultDateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// What a file of this kind needs when the profile names nothing: a name and a contact.
    protected virtual IReadOnlyList<string> DefaultRequired { get; } =
        [$"{SheetFields.FullName}|{SheetFields.FirstName}", $"{SheetFields.Phone}|{SheetFields.Email}"];

    /// The canonical fields of this kind of file.
    public abstract IReadOnlyList<string> CanonicalFields { get; }

    public IReadOnlyList<string> EffectiveDateFormats => DateFormats.Count > 0 ? DateFormats : DefaultDateFormats;

    public IReadOnlyList<string> EffectiveRequired => Required.Count > 0 ? Required : DefaultRequired;

    /// The source columns mapped to a canonical field (configuration sorts them by name).
    public IEnumerable<string> ColumnsOf(string field) =>
        Columns.Where(c => string.Equals(c.Value, field, StringComparison.OrdinalIgnoreCase)).Select(c => c.Key);

    public bool Maps(string field) => ColumnsOf(field).Any();

    public string DelimiterText => Delimiter is "\\t" or "tab" ? "\t" : Delimiter;

    /// The field's name as the contract spells it, or null when it is none of this kind's.
    public string? Canonical(string name) => CanonicalFields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));

    /// What is wrong with how the file is read, for the host's start-up check.
    public IEnumerable<string> ReadingProblems()
    {
        if (Format is not (ListFormats.Csv or ListFormats.Xlsx)) yield return "Format must be csv or xlsx";
        if (Encoding is not (ListEncodings.Auto or TextDecoding.Utf8 or TextDecoding.Windows1255))
            yield return "Encoding must be utf-8, windows-1255 or auto";
        if (DelimiterText is not ("," or ";" or "\t")) yield return "Delimiter must be ',', ';' or a tab";
        if (HeaderRow < 1) yield return "HeaderRow must be 1 or more";
        foreach (var (column, field) in Columns)
            if (Canonical(field) is null) yield return $"Columns:{column}: '{field}' is no canonical field";
        if (DateFormats.Any(string.IsNullOrWhiteSpace)) yield return "DateFormats holds an empty format";
        if (!Maps(SheetFields.FullName) && !Maps(SheetFields.FirstName)) yield return "Columns map no name (fullName or firstName)";
        if (!Maps(SheetFields.Phone) && !Maps(SheetFields.Email)) yield return "Columns map no phone or email";
        foreach (var group in EffectiveRequired)
        {
            var fields = group.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Any(f => Canonical(f) is null)) yield return $"Required '{group}' names no canonical field";
            else if (!fields.Any(Maps)) yield return $"Required '{group}' has no column in Columns";
        }
    }
}

internal static class ListFormats
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
}

internal static class ListEncodings
{
    public const string Auto = "auto";
}

/// The canonical fields every kind of sheet shares (the name and contact columns).
internal static class SheetFields
{
    public const string FullName = "fullName";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string BirthDate = "birthDate";
    public const string City = "city";
}
