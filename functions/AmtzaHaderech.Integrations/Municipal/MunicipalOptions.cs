using AmtzaHaderech.Integrations.Tabular;

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

/// How one municipality's export reads (docs/municipal-lists.md).
public sealed class MunicipalProfile : SheetProfile
{
    public MunicipalityOptions Municipality { get; set; } = new();

    /// The center the municipality's residents go to, unless a city column names another.
    public string Center { get; set; } = "";

    public override IReadOnlyList<string> CanonicalFields => Municipal.CanonicalFields.All;
}

public sealed class MunicipalityOptions
{
    /// Recorded as the sub-source and part of the idempotency key (lower-case letters, digits, `-`).
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

/// The canonical fields a municipal profile's columns map to (docs/municipal-lists.md).
internal static class CanonicalFields
{
    public const string FullName = SheetFields.FullName;
    public const string FirstName = SheetFields.FirstName;
    public const string LastName = SheetFields.LastName;
    public const string Phone = SheetFields.Phone;
    public const string Email = SheetFields.Email;
    public const string BirthDate = SheetFields.BirthDate;
    public const string BirthYear = "birthYear";
    public const string Age = "age";
    public const string City = SheetFields.City;
    public const string Consent = "consent";
    public const string SignedUpOn = "signedUpOn";
    public const string Notes = "notes";

    public static readonly string[] All =
        [FullName, FirstName, LastName, Phone, Email, BirthDate, BirthYear, Age, City, Consent, SignedUpOn, Notes];

    /// The field's name as the contract spells it, or null when it is none.
    public static string? Canonical(string name) => All.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
}
