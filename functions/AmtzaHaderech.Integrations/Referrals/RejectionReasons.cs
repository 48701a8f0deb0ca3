namespace AmtzaHaderech.Integrations.Referrals;

/// Why a record is rejected (docs/cli.md, `reason`), and the one order every channel applies them
/// in: of the faults a row has, its reason is the first of misrouted, missing_field, national_id,
/// birth_date, no_contact, bad_value. A channel says which apply; the order is kept here only.
internal static class RejectionReasons
{
    public const string Misrouted = "misrouted";
    public const string NationalId = "national_id";
    public const string BirthDate = "birth_date";
    public const string NoContact = "no_contact";
    /// Graph no longer has the lead (Facebook only; nothing else is known of such a record).
    public const string LeadNotFound = "lead_not_found";

    public static string MissingField(string field) => "missing_field:" + field;

    public static string BadValue(string field) => "bad_value:" + field;

    /// The record's reason, or null when it has none. `missingField` and `badValue` name the
    /// first field at fault, as the channel orders its own fields.
    public static string? FirstOf(
        bool misrouted = false, string? missingField = null, bool badNationalId = false, bool badBirthDate = false,
        bool noContact = false, string? badValue = null) =>
        misrouted ? Misrouted
        : missingField is not null ? MissingField(missingField)
        : badNationalId ? NationalId
        : badBirthDate ? BirthDate
        : noContact ? NoContact
        : badValue is not null ? BadValue(badValue)
        : null;
}
