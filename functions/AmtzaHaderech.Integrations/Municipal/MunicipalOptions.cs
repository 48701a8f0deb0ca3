namespace AmtzaHaderech.Integrations.Municipal;

/// Section `Municipal`: one profile per municipal list format, keyed by the profile's id
/// (`Municipal:Profiles:kfar-saba`). A new city is a new profile: configuration, no rebuild.
public sealed class MunicipalOptions
{
    public const string Section = "Municipal";

    public Dictionary<string, MunicipalProfile> Profiles { get; set; } = [];

    /// The profile of that id (ids compare case-insensitively), or null.
    public MunicipalProfile? Find(string id) =>
        Profiles.FirstOrDefault(p => string.Equals(p.Key, id, StringComparison.OrdinalIgnoreCase)).Value;
}

/// How one municipality's export reads (municipal-lists.md). Lists are empty by default because
/// the configuration binder appends to a list it finds filled; the defaults apply in code.
public sealed class MunicipalProfile
{
    public MunicipalityOptions Municipality { get; set; } = new();

    /// The center the municipality's residents go to, unless a city column names another.
    public string Center { get; set; } = "";

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

    /// Source column name -> canonical field (CanonicalFields).
    public Dictionary<string, string> Columns { get; set; } = [];

    /// .NET date formats (`dd/MM/yyyy`), and `excel` for Excel serial numbers written as text.
    public List<string> DateFormats { get; set; } = [];

    /// Cell values meaning yes, compared trimmed and case-insensitively.
    public List<string> ConsentValues { get; set; } = [];

    /// Canonical fields whose columns must exist; `a|b` means either. Empty = a name and a contact.
    public List<string> Required { get; set; } = [];

    public static readonly string[] DefaultDateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public static readonly string[] DefaultRequired =
        [$"{CanonicalFields.FullName}|{CanonicalFields.FirstName}", $"{CanonicalFields.Phone}|{CanonicalFields.Email}"];

    public IReadOnlyList<string> EffectiveDateFormats => DateFormats.Count > 0 ? DateFormats : DefaultDateFormats;

    public IReadOnlyList<string> EffectiveRequired => Required.Count > 0 ? Required : DefaultRequired;

    /// The source columns mapped to a canonical field (configuration sorts them by name).
    public IEnumerable<string> ColumnsOf(string field) =>
        Columns.Where(c => string.Equals(c.Value, field, StringComparison.OrdinalIgnoreCase)).Select(c => c.Key);

    public string DelimiterText => Delimiter is "\\t" or "tab" ? "\t" : Delimiter;
}

public sealed class MunicipalityOptions
{
    /// Recorded as the sub-source and part of the idempotency key (lower-case letters, digits, `-`).
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

public static class ListFormats
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
}

public static class ListEncodings
{
    public const string Auto = "auto";
}

/// The canonical fields a profile's columns map to (municipal-lists.md).
public static class CanonicalFields
{
    public const string FullName = "fullName";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string BirthDate = "birthDate";
    public const string BirthYear = "birthYear";
    public const string Age = "age";
    public const string City = "city";
    public const string Consent = "consent";
    public const string SignedUpOn = "signedUpOn";
    public const string Notes = "notes";

    public static readonly string[] All =
        [FullName, FirstName, LastName, Phone, Email, BirthDate, BirthYear, Age, City, Consent, SignedUpOn, Notes];

    /// The field's name as the contract spells it, or null when it is none.
    public static string? Canonical(string name) => All.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
}
