using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza demo`: the main job end to end on the bundled samples, in a fresh store under
/// `<data-dir>/demo`, with the clock at the samples' day.
public static class DemoCommand
{
    public const string SamplesDay = "2026-11-26";

    /// The demo's exposure conferences (none are configured by default): every center on the
    /// Sunday 3 days after the samples' day, so the eligible leads the imports invite are
    /// reminded in the demo's run, and a month later.
    public static readonly IReadOnlyDictionary<string, string?> ConferenceCalendar =
        new[] { "tlv", "ksb", "mod" }.SelectMany(center => new[]
        {
            KeyValuePair.Create($"FollowUps:Conferences:{center}:0", (string?)"2026-11-29"),
            KeyValuePair.Create($"FollowUps:Conferences:{center}:1", (string?)"2026-12-27"),
        }).ToDictionary();

    /// Where the demo's conferences take place: a venue per center with its start time, address
    /// (in Hebrew, Russian and Arabic), map link and directions. Sample places: a deployment
    /// configures its own (FollowUps:ConferenceVenues, docs/configuration.md); none ship.
    public static readonly IReadOnlyDictionary<string, string?> ConferenceVenues = new Dictionary<string, string?>
    {
        ["FollowUps:ConferenceVenues:tlv:Time"] = "10:00",
        ["FollowUps:ConferenceVenues:tlv:Address"] = "אולם הכנסים, רחוב יגאל אלון 65, קומה 2, תל אביב",
        ["FollowUps:ConferenceVenues:tlv:AddressTranslations:ru"] = "Конференц-зал, ул. Игаль Алон 65, 2-й этаж, Тель-Авив",
        ["FollowUps:ConferenceVenues:tlv:AddressTranslations:ar"] = "قاعة المؤتمرات، شارع يغئال ألون 65، الطابق 2، تل أبيب",
        ["FollowUps:ConferenceVenues:tlv:MapUrl"] = "https://www.google.com/maps/search/?api=1&query=Yigal+Alon+65+Tel+Aviv",
        ["FollowUps:ConferenceVenues:tlv:Directions"] = "חמש דקות הליכה מתחנת הרכבת השלום. יש חניון בתשלום בבניין.",
        ["FollowUps:ConferenceVenues:tlv:DirectionsTranslations:ru"] = "Пять минут пешком от станции поезда «А-Шалом». В здании есть платная парковка.",
        ["FollowUps:ConferenceVenues:tlv:DirectionsTranslations:ar"] = "خمس دقائق مشيًا من محطة القطار \"هشالوم\". في المبنى موقف سيارات مدفوع.",
        ["FollowUps:ConferenceVenues:ksb:Time"] = "10:00",
        ["FollowUps:ConferenceVenues:ksb:Address"] = "מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא",
        ["FollowUps:ConferenceVenues:ksb:AddressTranslations:ru"] = "Центр «Амца а-Дерех», ул. Вейцман 140, Кфар-Саба",
        ["FollowUps:ConferenceVenues:ksb:AddressTranslations:ar"] = "مركز أمتسع هديرخ، شارع فايتسمان 140، كفار سابا",
        ["FollowUps:ConferenceVenues:ksb:MapUrl"] = "https://www.google.com/maps/search/?api=1&query=Weizmann+140+Kfar+Saba",
        ["FollowUps:ConferenceVenues:ksb:Directions"] = "קווי אוטובוס 29 ו-501 עוצרים מול הבניין. יש חניה חינם ברחוב.",
        ["FollowUps:ConferenceVenues:ksb:DirectionsTranslations:ru"] = "Автобусы 29 и 501 останавливаются напротив здания. На улице есть бесплатная парковка.",
        ["FollowUps:ConferenceVenues:ksb:DirectionsTranslations:ar"] = "الحافلات 29 و501 تتوقف مقابل المبنى. يوجد موقف مجاني في الشارع.",
        ["FollowUps:ConferenceVenues:mod:Time"] = "10:00",
        ["FollowUps:ConferenceVenues:mod:Address"] = "מתנ\"ס אבני חן, שדרות החשמונאים 8, מודיעין",
        ["FollowUps:ConferenceVenues:mod:AddressTranslations:ru"] = "Общинный центр «Авней Хен», бульвар А-Хашмонаим 8, Модиин",
        ["FollowUps:ConferenceVenues:mod:AddressTranslations:ar"] = "المركز الجماهيري أفني حين، جادة هحشمونائيم 8، موديعين",
        ["FollowUps:ConferenceVenues:mod:Directions"] = "עשר דקות הליכה מתחנת הרכבת מודיעין מרכז. יש חניה ליד הכניסה.",
        ["FollowUps:ConferenceVenues:mod:DirectionsTranslations:ru"] = "Десять минут пешком от станции поезда «Модиин-Мерказ». У входа есть парковка.",
        ["FollowUps:ConferenceVenues:mod:DirectionsTranslations:ar"] = "عشر دقائق مشيًا من محطة القطار \"موديعين مركز\". يوجد موقف قرب المدخل.",
    };

    // Step 1 reports the sample's quarantined file itself; the hub's warning about it would say
    // it again on a log line wider than the terminal. Other warnings still show.
    private static IReadOnlyDictionary<string, string?> Settings(string samples) => ConferenceCalendar.Concat(ConferenceVenues).Concat(DemoWorkshops.Calendar(samples))
        .Append(KeyValuePair.Create($"Logging:LogLevel:{typeof(Quarantine).FullName}", (string?)"Error")).ToDictionary();

    // The steps README.md lists ("What the demo shows"), in that order; each prints its heading
    // and what it did, and leaves what a later step or the --json summary needs in `demo`.
    public static Command Create()
    {
        var command = new Command("demo", "Run the hub end to end on the bundled samples and show what it did.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var demo = await DemoSteps.StartAsync(parse, Settings(DemoSteps.SamplesFolder), cancellationToken);
            await demo.ImportEmploymentServiceFilesAsync();
            await demo.ImportMunicipalAndIntakeAsync();
            await demo.ImportFacebookLeadsAsync();
            await demo.WriteFeedbackFileAsync();
            await demo.WriteSpotImportFilesAsync();
            await demo.MirrorSpotExportAsync();
            await demo.WriteReportsAsync();
            demo.PlanFollowUps();
            await demo.SendFollowUpsTodayAsync();
            await demo.SendRemindersAsync(step: 10, daysLater: 4);
            await demo.SendRemindersAsync(step: 11, daysLater: 10);
            await demo.EscalateToCoordinatorsAsync();
            await demo.WorkshopsAsync();
            await demo.EvaluationAsync();
            demo.ShowStoreAndOutputs();
            await JsonOutput.WriteAsync(parse, demo.Summary(), cancellationToken);
            return 0;
        });
        return command;
    }
}
