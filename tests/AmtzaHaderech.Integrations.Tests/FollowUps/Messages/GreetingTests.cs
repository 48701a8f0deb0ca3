using AmtzaHaderech.Integrations.FollowUps.Messages;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Messages;

/// A message or page carries a first name only when it looks like one (docs/follow-ups.md,
/// "Messages").
public sealed class GreetingTests
{
    [Theory]
    [InlineData("דנה")]
    [InlineData("Sergey")]
    [InlineData("Ольга")]
    [InlineData("محمد")]
    [InlineData("בן-ציון")]
    [InlineData("אנה-מריה")]
    [InlineData("O'Brien")]
    [InlineData("ג׳ורג׳")]
    [InlineData("ג'ורג'")]
    [InlineData("José")]
    [InlineData("דָּנָה")] // with niqqud
    [InlineData("אבגדהוזחטיכלמנסעפצקר")] // 20 letters
    public void FirstName_ANameLikeWord_UsedAsIs(string name) =>
        Assert.Equal(name, Greeting.FirstName(name));

    [Theory]
    [InlineData("חשבונך נחסם. לאימות היכנסו ל evil.example")]
    [InlineData("http://evil.example")]
    [InlineData("https://x.test")]
    [InlineData("www.example.org")]
    [InlineData("evil.example")]
    [InlineData("050-1234567")]
    [InlineData("אנה מריה")] // two words
    [InlineData("אבגדהוזחטיכלמנסעפצקרש")] // 21 letters
    [InlineData("דנה1")]
    [InlineData("-דנה")]
    [InlineData("דנה--כהן")]
    [InlineData("Dаna")] // a Cyrillic а among Latin letters
    [InlineData("=HYPERLINK")]
    [InlineData("'")]
    [InlineData("\u05B8דנה")] // a mark before any letter
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void FirstName_AnythingElse_NoName(string? name) =>
        Assert.Null(Greeting.FirstName(name));

    [Fact]
    public void FirstName_SpacesAround_Trimmed() =>
        Assert.Equal("Ольга", Greeting.FirstName(" Ольга "));
}
