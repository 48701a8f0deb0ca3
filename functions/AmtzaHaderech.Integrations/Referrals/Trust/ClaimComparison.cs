using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Participants;

namespace AmtzaHaderech.Integrations.Referrals.Trust;

/// One thing a claim would add to or change on the person it matched, as staff compare them:
/// the stored value beside the claimed one ("" where there is none).
public sealed record ClaimDifference(string Field, string Stored, string Claimed);

/// The fields a claim may not change by itself: who the person is, how to reach them, and what
/// they allow (docs/matching.md, "Trust").
public static class ClaimFields
{
    public const string NationalId = "nationalId";
    public const string Name = "name";
    public const string BirthDate = "birthDate";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string SmsConsent = "smsConsent";
    public const string EmailConsent = "emailConsent";
}

/// Compares a claim with the stored person it matched. Pure. Values compare as matching compares
/// them (normalized names, E.164 phones, lower-case e-mails), so a claim that differs only in
/// writing brings nothing new; a value the claim leaves out is no difference.
public static class ClaimComparison
{
    public static IReadOnlyList<ClaimDifference> Differences(PersonDetails claim, bool consented, Participant stored)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(stored);
        var differences = new List<ClaimDifference>();
        void Add(string field, string storedValue, string claimedValue) => differences.Add(new(field, storedValue, claimedValue));

        if (claim.NationalId is { } id && id != stored.NationalId)
            Add(ClaimFields.NationalId, stored.NationalId ?? "", id);
        if (!IsKnownName(claim.FirstName, claim.LastName, stored))
            Add(ClaimFields.Name, KnownNames(stored), FullName(claim.FirstName, claim.LastName));
        if (!IsKnownBirth(claim, stored))
            Add(ClaimFields.BirthDate, Birth(stored.BirthDate, stored.BirthYear), Birth(claim.BirthDate, claim.BirthYear));
        var storedPhones = stored.Phones.Select(Phone).ToHashSet(StringComparer.Ordinal);
        var newPhones = claim.Phones.Select(Phone).Where(p => !storedPhones.Contains(p)).Distinct().ToList();
        if (newPhones.Count > 0)
            Add(ClaimFields.Phone, string.Join(", ", stored.Phones), string.Join(", ", newPhones));
        if (claim.Email is { } email && !stored.Emails.Select(Email).Contains(Email(email), StringComparer.Ordinal))
            Add(ClaimFields.Email, string.Join(", ", stored.Emails), email);
        var (sms, mail) = ConsentsOf(claim, consented);
        if (sms != stored.SmsConsent) Add(ClaimFields.SmsConsent, YesNo(stored.SmsConsent), YesNo(sms));
        if (mail != stored.EmailConsent) Add(ClaimFields.EmailConsent, YesNo(stored.EmailConsent), YesNo(mail));
        return differences;
    }

    /// What a claim without differences may still bring: the person's identity, contacts and
    /// consents as stored, and the claim's other answers (city, experience, scope...) only where
    /// the person has none. Merged through the ordinary writer it fills gaps and overwrites
    /// nothing, even when the person changed in between and the merge is re-applied.
    public static PersonDetails Applicable(PersonDetails claim, Participant stored)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(stored);
        return claim with
        {
            NationalId = stored.NationalId,
            FirstName = stored.FirstName,
            LastName = stored.LastName,
            BirthDate = stored.BirthDate,
            BirthYear = stored.BirthYear,
            Phones = [],
            Email = null,
            // The merge keeps a consent given before: false adds none and withdraws none.
            SmsConsent = false,
            EmailConsent = false,
            Gender = stored.Gender ?? claim.Gender,
            City = stored.City ?? claim.City,
            MonthsOutOfWork = stored.MonthsOutOfWork ?? claim.MonthsOutOfWork,
            YearsOfExperience = stored.YearsOfExperience ?? claim.YearsOfExperience,
            DesiredScope = stored.DesiredScope ?? claim.DesiredScope,
            Capacity = stored.Capacity ?? claim.Capacity,
        };
    }

    /// The consents a record gives: none at all without the channel's consent (`no_consent`).
    public static (bool Sms, bool Email) ConsentsOf(PersonDetails person, bool consented) =>
        (consented && person.SmsConsent, consented && person.EmailConsent);

    // The same name in another writing: equal once normalized (O'Brien, OBrien), also with first
    // and last name swapped or split differently ("אנה מריה" "כהן" and "אנה" "מריה כהן").
    private static bool IsKnownName(string first, string last, Participant stored)
    {
        var claimed = Normalized(first, last);
        var swapped = Normalized(last, first);
        if (claimed.Length == 0) return true;
        return stored.AlternativeNames.Prepend(new PersonName(stored.FirstName, stored.LastName))
            .Select(n => Normalized(n.FirstName, n.LastName))
            .Any(known => known.Length > 0 && (known == claimed || known == swapped));
    }

    private static string Normalized(string first, string last) =>
        string.Join(' ', new[] { HebrewText.NormalizeName(first), HebrewText.NormalizeName(last) }.Where(n => n.Length > 0));

    // A full date must be the stored one; a year alone must be the stored date's year or year.
    private static bool IsKnownBirth(PersonDetails claim, Participant stored) =>
        claim.BirthDate is { } date ? stored.BirthDate == date
        : claim.BirthYear is not { } year || (stored.BirthDate?.Year ?? stored.BirthYear) == year;

    private static string Phone(string phone) => IsraeliPhone.ToE164(phone) ?? phone;

    private static string Email(string email) => email.Trim().ToLowerInvariant();

    private static string FullName(string first, string last) => string.Join(' ', new[] { first, last }.Where(n => n.Length > 0));

    private static string KnownNames(Participant stored) =>
        string.Join(" / ", stored.AlternativeNames.Prepend(new PersonName(stored.FirstName, stored.LastName))
            .Select(n => FullName(n.FirstName, n.LastName)).Where(n => n.Length > 0));

    private static string Birth(DateOnly? date, int? year) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string YesNo(bool value) => value ? "yes" : "no";
}
