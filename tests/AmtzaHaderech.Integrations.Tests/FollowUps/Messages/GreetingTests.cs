using AmtzaHaderech.Integrations.FollowUps.Messages;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Messages;

public class GreetingTests
{
    [Theory]
    [InlineData("דנה", "דנה")]
    [InlineData(" Ольга ", "Ольга")]
    [InlineData("محمد", "محمد")]
    [InlineData("ג'ורג'", "ג'ורג'")]
    [InlineData("אנה-מריה", "אנה-מריה")]
    public void FirstName_OneNameLikeWord_UsedAsIs(string name, string expected) =>
        Assert.Equal(expected, Greeting.FirstName(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("דנה כהן")]
    [InlineData("https://x.test")]
    [InlineData("www.example.org")]
    [InlineData("050-1234567")]
    [InlineData("אבגדהוזחטיכלמנסעפצקרש")] // 21 letters
    [InlineData("-דנה")]
    public void FirstName_NotOneShortName_NoName(string? name) => Assert.Null(Greeting.FirstName(name));
}
