using System.Globalization;
using AmtzaHaderech.Integrations.Participants;

namespace AmtzaHaderech.Integrations.Spot.Outbox;

/// A hub person in SPOT's participant columns (docs/spot.md export columns), only the values the hub
/// knows: what staff would otherwise type. Exit reason, track and readiness are SPOT's own.
internal static class SpotFields
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "national_id", "first_name", "last_name", "birth_date", "gender", "phone", "email", "city", "center",
        "recruitment_source", "enrolled_on", "exited_on", "coordinator",
    ];

    public static IReadOnlyDictionary<string, string> Of(Participant person)
    {
        var values = new Dictionary<string, string?>
        {
            ["national_id"] = person.NationalId,
            ["first_name"] = person.FirstName,
            ["last_name"] = person.LastName,
            ["birth_date"] = Date(person.BirthDate),
            ["gender"] = person.Gender,
            ["phone"] = person.Phones.FirstOrDefault(),
            ["email"] = person.Emails.FirstOrDefault(),
            ["city"] = person.City,
            ["center"] = person.Center,
            ["recruitment_source"] = person.RecruitmentChannel,
            ["enrolled_on"] = Date(person.EnrolledOn),
            ["exited_on"] = Date(person.ExitedOn),
            ["coordinator"] = person.Coordinator,
        };
        return values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value!);
    }

    /// `national_id` -> `nationalId`: the REST interface's names (docs/spot.md).
    public static string JsonName(string column)
    {
        var parts = column.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
