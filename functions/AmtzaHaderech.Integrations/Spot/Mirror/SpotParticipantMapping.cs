using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// A SPOT row as the hub's Participant. SPOT is the system of record, so its values win for the
/// fields it owns; an empty SPOT field means unknown and keeps what the hub has, except
/// enrolment and exit, where empty is itself SPOT's answer (a lead; still active).
/// What only the hub knows (sources, alternative names, consent, screening) is kept.
internal static class SpotParticipantMapping
{
    public const string SourcePrefix = "spot:";
    public const string DefaultChannel = "other";

    public static string SourceKey(string spotParticipantId) => SourcePrefix + spotParticipantId;

    public static Participant Create(string hubId, SpotParticipant spot, DateTimeOffset now) => new()
    {
        Id = hubId,
        SpotId = spot.ParticipantId,
        // A flagged ID is not the person's identity: it stays only in the SPOT mirror row.
        NationalId = spot.IndexableNationalId,
        FirstName = spot.FirstName ?? "",
        LastName = spot.LastName ?? "",
        BirthDate = spot.BirthDate,
        BirthYear = spot.BirthDate?.Year,
        Gender = spot.Gender,
        Phones = PhoneOf(spot) is { } phone ? [phone] : [],
        Emails = EmailAddress.Normalize(spot.Email) is { } email ? [email] : [],
        City = spot.City,
        Center = spot.Center,
        RecruitmentChannel = spot.RecruitmentSource ?? DefaultChannel,
        Sources = [SourceKey(spot.ParticipantId)],
        EnrolledOn = spot.EnrolledOn,
        ExitedOn = spot.ExitedOn,
        Coordinator = spot.Coordinator,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public static Participant Merge(Participant existing, SpotParticipant spot, DateTimeOffset now)
    {
        var alternatives = existing.AlternativeNames.ToList();
        var spotHasName = spot.FirstName is not null || spot.LastName is not null;
        var existingName = new PersonName(existing.FirstName, existing.LastName);
        if (spotHasName && existing.FirstName.Length + existing.LastName.Length > 0
            && existingName != new PersonName(spot.FirstName ?? "", spot.LastName ?? "") && !alternatives.Contains(existingName))
            alternatives.Add(existingName);

        return existing with
        {
            SpotId = spot.ParticipantId,
            NationalId = spot.IndexableNationalId ?? existing.NationalId,
            FirstName = spotHasName ? spot.FirstName ?? "" : existing.FirstName,
            LastName = spotHasName ? spot.LastName ?? "" : existing.LastName,
            AlternativeNames = alternatives,
            BirthDate = spot.BirthDate ?? existing.BirthDate,
            BirthYear = spot.BirthDate?.Year ?? existing.BirthYear,
            Gender = spot.Gender ?? existing.Gender,
            // SPOT's value first (the primary one); the hub's others stay as alternatives.
            Phones = First(PhoneOf(spot), existing.Phones),
            Emails = First(EmailAddress.Normalize(spot.Email), existing.Emails),
            City = spot.City ?? existing.City,
            Center = spot.Center ?? existing.Center,
            RecruitmentChannel = spot.RecruitmentSource ?? existing.RecruitmentChannel,
            Sources = [.. existing.Sources.Union([SourceKey(spot.ParticipantId)])],
            EnrolledOn = spot.EnrolledOn,
            ExitedOn = spot.ExitedOn,
            Coordinator = spot.Coordinator ?? existing.Coordinator,
            UpdatedAt = now,
        };
    }

    /// The row as an arriving person's details, for matching it against the hub's people.
    public static PersonDetails Details(SpotParticipant spot) => new()
    {
        NationalId = spot.IndexableNationalId,
        FirstName = spot.FirstName ?? "",
        LastName = spot.LastName ?? "",
        BirthDate = spot.BirthDate,
        BirthYear = spot.BirthDate?.Year,
        Gender = spot.Gender,
        Phones = PhoneOf(spot) is { } phone ? [phone] : [],
        Email = EmailAddress.Normalize(spot.Email),
        City = spot.City,
    };

    private static string? PhoneOf(SpotParticipant spot) => IsraeliPhone.ToE164(spot.Phone);

    private static List<string> First(string? value, List<string> others) =>
        value is null ? others : [value, .. others.Where(o => o != value)];
}
