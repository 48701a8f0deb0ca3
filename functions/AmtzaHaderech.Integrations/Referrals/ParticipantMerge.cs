using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Participants;

namespace AmtzaHaderech.Integrations.Referrals;

/// The merge policy of docs/matching.md: new values fill empty fields, conflicting ones are kept as
/// alternatives and never overwrite (staff may have entered them in SPOT), every source is
/// kept, and the recruitment channel stays that of the first arrival.
internal static class ParticipantMerge
{
    public static Participant Create(string id, InboundRecord record, string? center, DateTimeOffset now)
    {
        var person = record.Person!;
        return new Participant
        {
            Id = id,
            NationalId = person.NationalId,
            FirstName = person.FirstName,
            LastName = person.LastName,
            BirthDate = person.BirthDate,
            BirthYear = person.BirthDate?.Year ?? person.BirthYear,
            Gender = person.Gender,
            Language = person.Language,
            Phones = [.. person.Phones],
            Emails = person.Email is null ? [] : [person.Email],
            City = person.City,
            Center = center,
            RecruitmentChannel = record.RecruitmentChannel,
            SubSource = record.SubSource,
            Sources = [record.IdempotencyKey],
            SmsConsent = person.SmsConsent,
            EmailConsent = person.EmailConsent,
            MonthsOutOfWork = person.MonthsOutOfWork,
            YearsOfExperience = person.YearsOfExperience,
            DesiredScope = person.DesiredScope,
            Capacity = person.Capacity,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// `consentsAsGiven`: the record's consents replace the person's (a claim a person decided is
    /// theirs: its withdrawal counts too); otherwise a consent given before is kept.
    public static Participant Merge(Participant existing, InboundRecord record, string? center, DateTimeOffset now, bool consentsAsGiven = false)
    {
        var person = record.Person!;
        var alternatives = existing.AlternativeNames.ToList();
        var incomingName = new PersonName(person.FirstName, person.LastName);
        if (existing.FirstName.Length > 0 && !SameName(incomingName, new PersonName(existing.FirstName, existing.LastName))
            && !alternatives.Any(a => SameName(a, incomingName)))
            alternatives.Add(incomingName);

        return existing with
        {
            NationalId = existing.NationalId ?? person.NationalId,
            FirstName = existing.FirstName.Length > 0 ? existing.FirstName : person.FirstName,
            LastName = existing.FirstName.Length > 0 ? existing.LastName : person.LastName,
            AlternativeNames = alternatives,
            BirthDate = existing.BirthDate ?? person.BirthDate,
            BirthYear = existing.BirthYear ?? existing.BirthDate?.Year ?? person.BirthDate?.Year ?? person.BirthYear,
            Gender = existing.Gender ?? person.Gender,
            Language = existing.Language ?? person.Language,
            Phones = [.. existing.Phones.Union(person.Phones)],
            Emails = person.Email is null ? existing.Emails : [.. existing.Emails.Union([person.Email])],
            City = existing.City ?? person.City,
            Center = existing.Center ?? center,
            Sources = [.. existing.Sources.Union([record.IdempotencyKey])],
            SmsConsent = consentsAsGiven ? record.Consented && person.SmsConsent : existing.SmsConsent || person.SmsConsent,
            EmailConsent = consentsAsGiven ? record.Consented && person.EmailConsent : existing.EmailConsent || person.EmailConsent,
            MonthsOutOfWork = existing.MonthsOutOfWork ?? person.MonthsOutOfWork,
            YearsOfExperience = existing.YearsOfExperience ?? person.YearsOfExperience,
            DesiredScope = existing.DesiredScope ?? person.DesiredScope,
            Capacity = existing.Capacity ?? person.Capacity,
            UpdatedAt = now,
        };
    }

    /// The record's details with gaps filled from the person it merged into: what screening sees.
    public static PersonDetails Combined(PersonDetails incoming, Participant existing) => incoming with
    {
        BirthDate = incoming.BirthDate ?? existing.BirthDate,
        BirthYear = incoming.BirthYear ?? existing.BirthYear,
        City = incoming.City ?? existing.City,
        MonthsOutOfWork = incoming.MonthsOutOfWork ?? existing.MonthsOutOfWork,
        YearsOfExperience = incoming.YearsOfExperience ?? existing.YearsOfExperience,
        DesiredScope = incoming.DesiredScope ?? existing.DesiredScope,
        Capacity = incoming.Capacity ?? existing.Capacity,
    };

    private static bool SameName(PersonName a, PersonName b) =>
        HebrewText.NormalizeName(a.FirstName) == HebrewText.NormalizeName(b.FirstName)
        && HebrewText.NormalizeName(a.LastName) == HebrewText.NormalizeName(b.LastName);
}
