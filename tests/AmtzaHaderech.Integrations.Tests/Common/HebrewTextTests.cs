using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class HebrewTextTests
{
    [Theory]
    [InlineData("שָׁלוֹם", "שלומ")] // niqqud stripped, final mem to its base form
    [InlineData("בְּרֵאשִׁ֖ית", "בראשית")] // cantillation (tipcha) stripped too
    [InlineData("ת\"א", "תא")]
    [InlineData("ת״א", "תא")] // gershayim
    [InlineData("ז׳ורז׳", "זורז")] // geresh
    [InlineData("לוי-כהן", "לוי כהנ")]
    [InlineData("לוי־כהן", "לוי כהנ")] // maqaf
    [InlineData("לוי–כהן", "לוי כהנ")] // en dash
    [InlineData("ךםןףץ", "כמנפצ")]
    [InlineData("  רונית \t  לוי  ", "רונית לוי")]
    [InlineData("Olga PETROVA", "olga petrova")]
    [InlineData("ОЛЬГА Петрова", "ольга петрова")]
    [InlineData("Ra'anana", "raanana")]
    [InlineData("St. John, Jr.", "st john jr")]
    [InlineData("ＯＬＧＡ", "olga")] // NFKC: full-width Latin
    [InlineData("ﬁnn", "finn")] // NFKC: ligature
    [InlineData("שּׁ", "ש")] // NFKC: a Hebrew presentation form with its points
    [InlineData("ﭏ", "אל")] // NFKC: the alef-lamed ligature
    [InlineData("محمد", "محمد")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void NormalizeName_Variants_Canonical(string? raw, string expected) =>
        Assert.Equal(expected, HebrewText.NormalizeName(raw));

    [Theory]
    [InlineData("תל אביב-יפו", "תל-אביב יפו")]
    [InlineData("ת\"א", "ת״א")]
    [InlineData("מודיעין-מכבים-רעות", "מודיעין מכבים רעות")]
    [InlineData("רוֹנִית", "רונית")]
    public void NormalizeName_SpellingsOfOneName_Equal(string a, string b) =>
        Assert.Equal(HebrewText.NormalizeName(a), HebrewText.NormalizeName(b));

    [Theory]
    [InlineData("רונית", Script.Hebrew)]
    [InlineData("רונית לוי-כהן", Script.Hebrew)]
    [InlineData("Ольга Петрова", Script.Cyrillic)]
    [InlineData("محمد حداد", Script.Arabic)]
    [InlineData("olga petrova", Script.Latin)]
    [InlineData("José", Script.Latin)]
    [InlineData("רונית levi", Script.Hebrew)] // most of the letters
    [InlineData("ron לוי", Script.Latin)]
    [InlineData("李", Script.Other)]
    [InlineData("123 -", Script.None)]
    [InlineData("", Script.None)]
    public void ScriptOf_Text_ScriptOfMostLetters(string text, Script expected) =>
        Assert.Equal(expected, HebrewText.ScriptOf(text));

    [Fact]
    public void Clean_ControlCharacters_RemovedAndTrimmed() =>
        Assert.Equal("רונית\nלוי", HebrewText.Clean(" \u0000רונית\n\u0007לוי\t"));
}
