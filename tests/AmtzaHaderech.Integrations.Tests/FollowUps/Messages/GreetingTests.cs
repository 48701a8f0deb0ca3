using AmtzaHaderech.Integrations.FollowUps.Messages;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Messages;

/// A message carries a first name only when it looks like one (docs/follow-ups.md, "Messages").
public sealed class GreetingTests
{
    [Theory]
    [InlineData("דנה")]
    [InlineData("Sergey")]
    [InlineData("Ольга")]
    [InlineData("محمد")]
    [InlineData("בן-ציון")]
    [InlineData("O'Brien")]
    [InlineData("ג׳ורג׳")]
    [InlineData("ג'ורג'")]
    [InlineData("José")]
    [InlineData("אבגדהוזחטיכלמנסעפצקר")] // 20 letters
    public void SafeFirstName_ANameLikeWord_Kept(string name) =>
        Assert.Equal(name, Greeting.SafeFirstName(name));

    [Theory]
    [InlineData("חשבונך נחסם. לאימות היכנסו ל evil.example")]
    [InlineData("http://evil.example")]
    [InlineData("evil.example")]
    [InlineData("אנה מריה")] // two words
    [InlineData("אבגדהוזחטיכלמנסעפצקרש")] // 21 letters
    [InlineData("דנה1")]
    [InlineData("-דנה")]
    [InlineData("דנה--כהן")]
    [InlineData("Dаna")] // a Cyrillic а among Latin letters
    [InlineData("=HYPERLINK")]
    [InlineData("'")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void SafeFirstName_AnythingElse_Null(string? name) =>
        Assert.Null(Greeting.SafeFirstName(name));

    [Fact]
    public void SafeFirstName_SpacesAround_Trimmed() =>
        Assert.Equal("דנה", Greeting.SafeFirstName("  דנה "));

    [Fact]
    public void Hello_UnsafeName_NeutralGreeting() =>
        Assert.Equal(("שלום דנה", "שלום"), (Greeting.Hello("דנה"), Greeting.Hello("http://evil.example")));
}
