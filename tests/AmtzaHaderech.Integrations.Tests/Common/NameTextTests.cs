using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

/// The name rule every channel applies, and the employer-and-role rule of the check-in page.
public sealed class NameTextTests
{
    [Theory]
    [InlineData("רונית")]
    [InlineData("בן-דוד")]
    [InlineData("בן־דוד")] // maqaf
    [InlineData("ג'ורג'")]
    [InlineData("ג׳ורג׳")] // geresh
    [InlineData("אבו חצ’יצ’ה")] // a phone's typographic apostrophe
    [InlineData("כ\"ץ")] // an ASCII quote between Hebrew letters is the gershayim as typed
    [InlineData("כ״ץ")]
    [InlineData("שָׁלוֹם")] // niqqud
    [InlineData("O'Brien")]
    [InlineData("Zoë Ångström")]
    [InlineData("Ольга")]
    [InlineData("عبد الرحمن")]
    [InlineData("Мария-Луиза")]
    public void IsPersonName_NamesPeopleHave_True(string name) => Assert.True(NameText.IsPersonName(name));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/x\",\"לחצו\")")] // issue 17's list
    [InlineData("+cmd|calc")]
    [InlineData("-דנה")]
    [InlineData("@דנה")]
    [InlineData("דנה=1")]
    [InlineData("דנה@evil")]
    [InlineData("דנה|כהן")]
    [InlineData("דנה:כהן")]
    [InlineData("דנה/כהן")]
    [InlineData("evil.example")] // a dot: no link passes as a name (issue 17, section 4)
    [InlineData("Robert1")]
    [InlineData("\"דנה\"")] // a quote not between two Hebrew letters
    [InlineData("Dana\"s")]
    [InlineData("'דנה")]
    [InlineData("דנה\tכהן")]
    [InlineData("דנה\u200Fכהן")] // a direction mark
    [InlineData("你好")] // a script the program's forms do not take
    [InlineData("")]
    [InlineData(null)]
    public void IsPersonName_AnythingElse_False(string? name) => Assert.False(NameText.IsPersonName(name));

    [Theory]
    [InlineData("בזק בע\"מ")]
    [InlineData("Johnson & Johnson")]
    [InlineData("מנהל/ת חשבונות (חלקי)")]
    [InlineData("3M ישראל")]
    [InlineData("O'Reilly, Inc.")]
    [InlineData("אל-על")]
    public void IsEmployerOrRole_AsPeopleWriteThem_True(string text) => Assert.True(NameText.IsEmployerOrRole(text));

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+972501234567")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\"תנובה\"")]
    [InlineData("אלביט: http://evil.example")]
    [InlineData("אלביט | מערכות")]
    [InlineData("אלביט; מערכות")]
    [InlineData("C++")]
    public void IsEmployerOrRole_FormulasLinksAndSymbols_False(string text) => Assert.False(NameText.IsEmployerOrRole(text));
}
