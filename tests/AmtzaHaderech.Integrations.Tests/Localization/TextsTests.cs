using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;

namespace AmtzaHaderech.Integrations.Tests.Localization;

public class TextsTests
{
    private static readonly Localizer Localizer = ShippedDefaults.Localizer();

    [Fact]
    public void Text_ProgramHole_TheConfiguredNameInTheReadersLanguage()
    {
        Assert.Equal("הרשמה לתוכנית אמצע הדרך", Localizer.For("he").Text("intake.heading"));
        Assert.Equal("Запись в программу «Амца а-Дерех»", Localizer.For("ru").Text("intake.heading"));
        Assert.Equal("التسجيل لبرنامج أمتسع هديرخ", Localizer.For("ar").Text("intake.heading"));
    }

    [Fact]
    public void Text_ProgramNameConfigured_ThatNameEverywhere()
    {
        var localizer = new Localizer(Microsoft.Extensions.Options.Options.Create(ShippedDefaults.Hub().With(name: "דרך חדשה")));

        Assert.Equal("הרשמה לתוכנית דרך חדשה", localizer.For("he").Text("intake.heading"));
    }

    [Fact]
    public void Html_TextEncodedValuesAsGiven()
    {
        var html = Localizer.For("he").Html("page.footer.phone", ("center", "<b>כפר סבא</b>"), ("phone", "<a href=\"tel:1\">1</a>"));

        Assert.Equal("לשאלות אפשר להתקשר למרכז <b>כפר סבא</b>: <a href=\"tel:1\">1</a>", html);
    }

    [Fact]
    public void Text_HoleWithoutValue_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Localizer.For("he").Text("page.greeting"));

    [Theory]
    [InlineData("he", Addressing.Female, "את עובדת עכשיו?")]
    [InlineData("he", Addressing.Male, "אתה עובד עכשיו?")]
    [InlineData("he", Addressing.Plural, "אתם עובדים עכשיו?")]
    [InlineData("ar", Addressing.Female, "هل تعملين الآن؟")]
    [InlineData("ru", Addressing.Male, "Вы сейчас работаете?")]
    public void Text_GenderedText_TheReadersForm(string language, Addressing addressing, string expected) =>
        Assert.Equal(expected, Localizer.For(language, addressing).Text("message.checkin.question"));

    [Theory]
    [InlineData("he", "יום ראשון, 29/11/2026", "ביום ראשון", "29/11")]
    [InlineData("ru", "воскресенье, 29.11.2026", "в воскресенье", "29.11")]
    [InlineData("ar", "يوم الأحد، 29/11/2026", "يوم الأحد", "29/11")]
    public void Dates_InTheLanguagesOwnWay(string language, string dayAndDate, string onDay, string shortDate)
    {
        var texts = Localizer.For(language);
        var day = new DateOnly(2026, 11, 29);

        Assert.Equal((dayAndDate, onDay, shortDate), (texts.DayAndDate(day), texts.OnWeekday(day), texts.ShortDate(day)));
    }

    [Theory]
    [InlineData("F", Addressing.Female)]
    [InlineData("m", Addressing.Male)]
    [InlineData("", Addressing.Plural)]
    [InlineData(null, Addressing.Plural)]
    [InlineData("X", Addressing.Plural)]
    public void FromGender_SpotAndFormCodes(string? gender, Addressing expected) => Assert.Equal(expected, Addressings.FromGender(gender));
}
