using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.Tests.Localization;

/// The translators' files (Data/Texts/*.json) stay complete and consistent: every text of Hebrew
/// in every language, with the same {holes}, no slash forms, no other program name.
public partial class TextCatalogTests
{
    private static readonly TextCatalog Catalog = TextCatalog.Embedded;

    public static TheoryData<string> OtherLanguages() => [.. Catalog.Languages.Where(l => l != Catalog.Hebrew).Select(l => l.Code)];

    [Fact]
    public void Languages_HebrewFirstThenArabicAndRussian() =>
        Assert.Equal(["he", "ar", "ru"], Catalog.Languages.Select(l => l.Code));

    [Theory]
    [InlineData("he", "עברית", "rtl")]
    [InlineData("ru", "Русский", "ltr")]
    [InlineData("ar", "العربية", "rtl")]
    public void Language_NamedInItselfWithItsDirection(string code, string name, string direction)
    {
        var language = Catalog.Resolve(code);

        Assert.Equal((code, name, direction), (language.Code, language.Name, language.Direction));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fr")]
    public void Resolve_UnknownLanguage_Hebrew(string? code) => Assert.Equal("he", Catalog.Resolve(code).Code);

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Translation_HasEveryHebrewTextAndNoOther(string code)
    {
        var hebrew = Catalog.OwnTexts(Catalog.Hebrew).Keys.Order(StringComparer.Ordinal);
        var translated = Catalog.OwnTexts(Catalog.Resolve(code)).Keys.Order(StringComparer.Ordinal);

        Assert.Equal(hebrew, translated);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Translation_EveryFormHasTheHebrewHoles(string code)
    {
        var hebrew = Catalog.OwnTexts(Catalog.Hebrew);
        foreach (var (key, text) in Catalog.OwnTexts(Catalog.Resolve(code)))
        {
            var holes = Holes(hebrew[key].Plural);
            Assert.All(text.All, form => Assert.True(holes.SetEquals(Holes(form)), $"{code} {key}: '{form}' has other holes than {string.Join(", ", holes)}"));
        }
    }

    [Fact]
    public void Hebrew_TextsThatAddressTheReader_HaveAFormForAWomanAManAndUnknown()
    {
        var gendered = Catalog.OwnTexts(Catalog.Hebrew).Where(t => t.Value.IsGendered).ToList();

        Assert.True(gendered.Count >= 20, $"{gendered.Count} gendered texts");
        Assert.All(gendered, t => Assert.True(t.Value.Female is not null && t.Value.Male is not null, t.Key));
    }

    [Fact]
    public void EveryText_NoSlashFormsAndNoOtherProgramName()
    {
        foreach (var language in Catalog.Languages)
            foreach (var (key, text) in Catalog.OwnTexts(language))
                foreach (var form in text.All)
                {
                    Assert.DoesNotMatch(SlashForm(), form);
                    Assert.DoesNotContain(WrongName.Text, form);
                    Assert.DoesNotContain("אמצע הדרך", form); // the name comes from {program}
                    Assert.False(form.Contains("(а)", StringComparison.Ordinal), $"{language.Code} {key}");
                }
    }

    [Fact]
    public void Parse_TextWithFormsButNoPlural_RefusedNamingTheFileAndKey()
    {
        var error = Assert.Throws<InvalidDataException>(() => TextCatalog.Parse(
        [
            ("he.json", """{"language": {"code": "he", "name": "עברית", "direction": "rtl"}, "texts": {"a.b": {"female": "את"}}}"""),
        ]));

        Assert.Contains("he.json: a.b", error.Message);
    }

    [Fact]
    public void Parse_WrongDirection_Refused() =>
        Assert.Contains("direction", Assert.Throws<InvalidDataException>(() => TextCatalog.Parse(
            [("ru.json", """{"language": {"code": "ru", "name": "Русский", "direction": "down"}, "texts": {}}""")])).Message);

    [Fact]
    public void Get_KeyMissingInATranslation_ReadsInHebrew()
    {
        var catalog = TextCatalog.Parse(
        [
            ("he.json", """{"language": {"code": "he", "name": "עברית", "direction": "rtl"}, "texts": {"a": "שלום", "b": "תודה"}}"""),
            ("ru.json", """{"language": {"code": "ru", "name": "Русский", "direction": "ltr"}, "texts": {"a": "Привет"}}"""),
        ]);

        Assert.Equal(("Привет", "תודה"), (catalog.Get(catalog.Resolve("ru"), Addressing.Plural, "a"), catalog.Get(catalog.Resolve("ru"), Addressing.Plural, "b")));
    }

    private static HashSet<string> Holes(string text) => [.. Texts.Hole().Matches(text).Select(m => m.Groups[1].Value)];

    // "את/ה", "עובד/ת": a slash between Hebrew letters.
    [GeneratedRegex("[\u0590-\u05FF]/[\u0590-\u05FF]")]
    private static partial Regex SlashForm();
}
