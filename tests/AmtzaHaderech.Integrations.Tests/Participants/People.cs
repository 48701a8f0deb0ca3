using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Tests.Participants;

/// Records for matching tests: one incoming person and stored people, with the contact details
/// the rules look at and nothing else unless a test sets it.
internal static class People
{
    public const string Phone = "+972501234567";
    public const string OtherPhone = "+972527654321";

    public static PersonDetails Incoming(string first = "רונית", string last = "לוי", string? nationalId = null,
        string? phone = Phone, string? email = null, DateOnly? birthDate = null, int? birthYear = null) => new()
        {
            FirstName = first,
            LastName = last,
            NationalId = nationalId,
            Phones = phone is null ? [] : [phone],
            Email = email,
            BirthDate = birthDate,
            BirthYear = birthYear,
        };

    public static Participant Stored(string id = "p1", string first = "רונית", string last = "לוי", string? nationalId = null,
        string? phone = Phone, string? email = null, DateOnly? birthDate = null, int? birthYear = null,
        params PersonName[] alternativeNames) => new()
        {
            Id = id,
            FirstName = first,
            LastName = last,
            NationalId = nationalId,
            Phones = phone is null ? [] : [phone],
            Emails = email is null ? [] : [email],
            BirthDate = birthDate,
            BirthYear = birthYear,
            AlternativeNames = [.. alternativeNames],
            RecruitmentChannel = RecruitmentChannels.EmploymentService,
            CreatedAt = DateTimeOffset.UnixEpoch,
        };

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
