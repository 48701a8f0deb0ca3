using System.Globalization;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.MatchingBenchmarks;

/// Generated people, a pure function of their number: the stored person n and an incoming record
/// about the same n share a national ID, a phone and a name, so matching merges them (rule 1).
public static class People
{
    private static readonly string[] FirstNames = ["רונית", "דוד", "מיכל", "יוסי", "אורנה", "משה", "Ольга", "שרה", "אבי", "דנה"];
    private static readonly string[] LastNames = ["לוי", "כהן", "מזרחי", "פרץ", "ביטון", "אברהם", "Петрова", "פרידמן", "שושן", "דהן"];

    /// 8 digits from n and the check digit: a valid, distinct national ID per n below 10^8.
    public static string NationalId(long n)
    {
        var body = (10_000_000 + n % 90_000_000).ToString(CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
            if (Common.IsraeliId.HasValidCheckDigit(body + check)) return body + check;
        throw new InvalidOperationException("No check digit fits.");
    }

    /// A mobile number per n below 10^7 (050-XXXXXXX).
    public static string Phone(long n) => "+97250" + (n % 10_000_000).ToString("0000000", CultureInfo.InvariantCulture);

    public static Participant Stored(long n, DateTimeOffset createdAt) => new()
    {
        Id = "bench" + n.ToString("D9", CultureInfo.InvariantCulture),
        NationalId = NationalId(n),
        FirstName = FirstNames[n % FirstNames.Length],
        LastName = LastNames[n / FirstNames.Length % LastNames.Length],
        BirthDate = new DateOnly(1955 + (int)(n % 20), 1 + (int)(n % 12), 1 + (int)(n % 28)),
        Phones = [Phone(n)],
        City = "כפר סבא",
        Center = "ksb",
        RecruitmentChannel = RecruitmentChannels.EmploymentService,
        Sources = [$"benchmark:{n}"],
        SmsConsent = true,
        EmailConsent = true,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };

    /// An intake record about person n, under a key no earlier run used.
    public static InboundRecord Incoming(long n, string run, int row, DateOnly on)
    {
        var stored = Stored(n, DateTimeOffset.UnixEpoch);
        return new InboundRecord
        {
            Source = Sources.Intake,
            Key = row.ToString(CultureInfo.InvariantCulture),
            IdempotencyKey = $"bench:{run}:{row}",
            File = "benchmark",
            Row = row,
            RecordDate = on,
            RecruitmentChannel = RecruitmentChannels.Other,
            SubSource = "benchmark",
            Raw = new Dictionary<string, string?>(),
            Person = new PersonDetails
            {
                NationalId = stored.NationalId,
                FirstName = stored.FirstName,
                LastName = stored.LastName,
                BirthDate = stored.BirthDate,
                Phones = stored.Phones,
                City = stored.City,
                MonthsOutOfWork = 6,
                YearsOfExperience = 20,
                DesiredScope = 100,
                Capacity = true,
            },
        };
    }
}
