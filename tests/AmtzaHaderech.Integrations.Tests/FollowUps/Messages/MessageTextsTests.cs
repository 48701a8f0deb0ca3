using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Tests.Localization;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Messages;

/// The words of every message, per language and gender, and what they cost as SMS. The link is a
/// short link on a host as long as a production one is likely to be.
public class MessageTextsTests
{
    private const string Link = "https://amtza-hub.example.org.il/l/Ab3dE7xK9q";
    private const string Phone = "09-7654321";
    private static readonly DateOnly Sunday = new(2026, 11, 29);

    private static readonly ConferenceDetails Conference = new(Sunday, new TimeOnly(10, 0), "מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא",
        new Dictionary<string, string> { ["ru"] = "Центр «Амца а-Дерех», ул. Вейцман 140, Кфар-Саба", ["ar"] = "مركز أمتسع هديرخ، شارع فايتسمان 140، كفار سابا" },
        null, null, new Dictionary<string, string>());

    private static Texts Texts(string language, Addressing addressing) => ShippedDefaults.Localizer().For(language, addressing);

    private static string Sms(MessageContent content) =>
        new OutgoingMessage("r", FollowUpChannels.Sms, "+972501234567", content.Subject, content.Lines).Text;

    [Theory]
    [InlineData(Addressing.Female, "שלום דנה, כאן אמצע הדרך. את עובדת עכשיו?")]
    [InlineData(Addressing.Male, "שלום דנה, כאן אמצע הדרך. אתה עובד עכשיו?")]
    [InlineData(Addressing.Plural, "שלום דנה, כאן אמצע הדרך. אתם עובדים עכשיו?")]
    public void CheckIn_Hebrew_AddressedByGender(Addressing addressing, string opening)
    {
        var text = Sms(MessageTexts.CheckIn(Texts("he", addressing), "דנה", 0, Link, Phone));

        Assert.Equal($"{opening}\nלתשובה או להסרה: {Link}\nלשאלות: {Phone}", text);
    }

    [Theory]
    [InlineData("ru", Addressing.Female, "Ольга", "Ольга, здравствуйте! Это «Амца а-Дерех». Вы сейчас работаете?")]
    [InlineData("ar", Addressing.Female, "سلمى", "مرحبًا سلمى، معك أمتسع هديرخ. هل تعملين الآن؟")]
    [InlineData("ar", Addressing.Male, "محمد", "مرحبًا محمد، معك أمتسع هديرخ. هل تعمل الآن؟")]
    [InlineData("ar", Addressing.Plural, "محمد", "مرحبًا محمد، معكم أمتسع هديرخ. هل تعملون الآن؟")]
    public void CheckIn_RussianAndArabic_InTheirLanguage(string language, Addressing addressing, string name, string opening) =>
        Assert.StartsWith(opening + "\n", Sms(MessageTexts.CheckIn(Texts(language, addressing), name, 0, Link, Phone)), StringComparison.Ordinal);

    [Fact]
    public void CheckIn_NameNotUsable_GreetsWithoutIt() =>
        Assert.StartsWith("שלום, כאן אמצע הדרך.", Sms(MessageTexts.CheckIn(Texts("he", Addressing.Plural), "דנה https://x.test", 0, Link, Phone)), StringComparison.Ordinal);

    [Fact]
    public void CheckIn_Reminder_SaysItIsAReminder()
    {
        var content = MessageTexts.CheckIn(Texts("he", Addressing.Female), "דנה", 2, Link, Phone);

        Assert.StartsWith("שלום דנה, תזכורת מאמצע הדרך: את עובדת עכשיו?", Sms(content), StringComparison.Ordinal);
        Assert.Equal("תזכורת מאמצע הדרך: את עובדת עכשיו?", content.Subject);
    }

    [Theory]
    [InlineData(Addressing.Female, 0)]
    [InlineData(Addressing.Male, 0)]
    [InlineData(Addressing.Plural, 0)]
    [InlineData(Addressing.Female, 1)]
    [InlineData(Addressing.Plural, 2)]
    public void CheckIn_Hebrew_TwoSmsPartsOrFewerEvenWithALongName(Addressing addressing, int reminder)
    {
        var sms = SmsSegments.Of(Sms(MessageTexts.CheckIn(Texts("he", addressing), "אלכסנדרה", reminder, Link, Phone)));

        Assert.Equal(SmsSegments.Ucs2, sms.Encoding);
        Assert.True(sms.Segments <= 2, $"{sms.Units} characters: {sms.Segments} parts");
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("ar")]
    public void CheckIn_RussianAndArabic_ThreePartsAtMost(string language) =>
        Assert.True(SmsSegments.Of(Sms(MessageTexts.CheckIn(Texts(language, Addressing.Plural), "Ольга", 1, Link, Phone))).Segments <= 3);

    [Theory]
    [InlineData("he", Addressing.Female, "שלום רונית, מחכים לך בכנס החשיפה של אמצע הדרך ביום ראשון 29/11 בשעה 10:00, מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא.")]
    [InlineData("he", Addressing.Plural, "שלום רונית, מחכים לכם בכנס החשיפה של אמצע הדרך ביום ראשון 29/11 בשעה 10:00, מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא.")]
    [InlineData("ru", Addressing.Female, "Ольга, здравствуйте! Ждём вас на информационной встрече «Амца а-Дерех» в воскресенье, 29.11, в 10:00. Адрес: Центр «Амца а-Дерех», ул. Вейцман 140, Кфар-Саба.")]
    [InlineData("ar", Addressing.Male, "مرحبًا محمد، ننتظرك في اللقاء التعريفي لبرنامج أمتسع هديرخ يوم الأحد 29/11 الساعة 10:00، مركز أمتسع هديرخ، شارع فايتسمان 140، كفار سابا.")]
    public void Conference_DayTimeAndPlace(string language, Addressing addressing, string opening)
    {
        var name = language switch { "he" => "רונית", "ru" => "Ольга", _ => "محمد" };

        var text = Sms(MessageTexts.Conference(Texts(language, addressing), name, Sunday, Conference, Link, Phone));

        Assert.StartsWith(opening + "\n", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("https://").Length);
    }

    [Fact]
    public void Conference_NotInTheCalendarAnyMore_TheDayAlone() =>
        Assert.StartsWith("שלום רונית, מחכים לך בכנס החשיפה של אמצע הדרך ביום ראשון 29/11.",
            Sms(MessageTexts.Conference(Texts("he", Addressing.Female), "רונית", Sunday, null, Link, Phone)), StringComparison.Ordinal);

    [Fact]
    public void Meeting_TheDayAndTheWayToStopMessages()
    {
        var text = Sms(MessageTexts.Meeting(Texts("he", Addressing.Male), "משה", Sunday, Link, Phone));

        Assert.Equal($"שלום משה, תזכורת: נקבעה לך פגישה באמצע הדרך ביום ראשון 29/11.\nאם צריך לשנות את המועד, אפשר להתקשר: {Phone}\nלהסרה: {Link}", text);
    }

    [Theory]
    [InlineData("he")]
    [InlineData("ru")]
    [InlineData("ar")]
    public void EveryMessage_OneLinkNoSlashFormsAndTheProgramsName(string language)
    {
        foreach (var addressing in Enum.GetValues<Addressing>())
        {
            var texts = Texts(language, addressing);
            MessageContent[] all =
            [
                MessageTexts.CheckIn(texts, "דנה", 0, Link, Phone), MessageTexts.CheckIn(texts, "דנה", 1, Link, Phone),
                MessageTexts.Conference(texts, "דנה", Sunday, Conference, Link, Phone), MessageTexts.Conference(texts, null, Sunday, null, Link, Phone),
                MessageTexts.Meeting(texts, "דנה", Sunday, Link, Phone), MessageTexts.Meeting(texts, "דנה", null, Link, Phone),
            ];
            foreach (var content in all)
            {
                var text = Sms(content) + "\n" + content.Subject;
                Assert.Single(content.Lines, l => l.Url is not null);
                Assert.Equal(2, text.Split("https://").Length);
                Assert.DoesNotMatch("[\u0590-\u05FF]/[\u0590-\u05FF]", text);
                Assert.DoesNotContain(WrongName.Text, text);
                Assert.Contains(texts.ProgramName, text);
            }
        }
    }
}
