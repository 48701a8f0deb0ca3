using AmtzaHaderech.Integrations.Cli.Commands;

namespace AmtzaHaderech.Integrations.IntegrationTests.Workshops;

/// Kfar Saba's workshops for the tests, at the demo's venue: a CV workshop with two seats and an
/// interview workshop with one, in the two weeks after the pages' day (2026-11-22).
internal static class WorkshopCalendars
{
    public const string CvSession = "ksb-20261203-1000";
    public const string InterviewSession = "ksb-20261210-0930";

    public static Dictionary<string, string?> Ksb(int cvSeats = 2, int interviewSeats = 1) => new(DemoCommand.ConferenceVenues)
    {
        ["FollowUps:Workshops:ksb:0:Title"] = "סדנת קורות חיים",
        ["FollowUps:Workshops:ksb:0:TitleTranslations:ru"] = "Семинар по резюме",
        ["FollowUps:Workshops:ksb:0:Date"] = "2026-12-03",
        ["FollowUps:Workshops:ksb:0:Time"] = "10:00",
        ["FollowUps:Workshops:ksb:0:End"] = "12:00",
        ["FollowUps:Workshops:ksb:0:Seats"] = cvSeats.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FollowUps:Workshops:ksb:1:Title"] = "הכנה לראיון עבודה",
        ["FollowUps:Workshops:ksb:1:TitleTranslations:ru"] = "Подготовка к собеседованию",
        ["FollowUps:Workshops:ksb:1:Date"] = "2026-12-10",
        ["FollowUps:Workshops:ksb:1:Time"] = "09:30",
        ["FollowUps:Workshops:ksb:1:End"] = "11:30",
        ["FollowUps:Workshops:ksb:1:Address"] = "ספריית העירייה, רחוב ויצמן 120, כפר סבא",
        ["FollowUps:Workshops:ksb:1:AddressTranslations:ru"] = "Городская библиотека, ул. Вейцман 120, Кфар-Саба",
        ["FollowUps:Workshops:ksb:1:Seats"] = interviewSeats.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
