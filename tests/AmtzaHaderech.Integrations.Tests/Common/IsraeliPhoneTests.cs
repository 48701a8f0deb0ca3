using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class IsraeliPhoneTests
{
    [Theory]
    [InlineData("050-1234567", "+972501234567")]
    [InlineData("0501234567", "+972501234567")]
    [InlineData("+972 52 765 4321", "+972527654321")]
    [InlineData("972-52-765-4321", "+972527654321")]
    [InlineData("00972527654321", "+972527654321")]
    [InlineData("+972-(0)52-7654321", "+972527654321")]
    [InlineData("03-5551234", "+97235551234")] // landline
    [InlineData("(054) 808-0808", "+972548080808")]
    [InlineData("  058 444 4444 ", "+972584444444")]
    public void ToE164_CommonIsraeliWritings_E164(string raw, string expected) =>
        Assert.Equal(expected, IsraeliPhone.ToE164(raw));

    [Theory]
    [InlineData("abc")]
    [InlineData("123")]
    [InlineData("050-123")] // too short
    [InlineData("*6000")] // a star number is no phone number
    [InlineData("+1 212 555 1234")] // possible, but not Israeli (docs/matching.md: a possible Israeli number)
    [InlineData("+44 20 7946 0958")]
    [InlineData("")]
    [InlineData(null)]
    public void ToE164_NotAPossibleIsraeliNumber_Null(string? raw) =>
        Assert.Null(IsraeliPhone.ToE164(raw));

    [Theory]
    [InlineData("+972501234567", true)]
    [InlineData("+972587654321", true)]
    [InlineData("+97235551234", false)]
    [InlineData("+97297654321", false)]
    public void IsMobile_E164_OnlyFiveRanges(string e164, bool expected) =>
        Assert.Equal(expected, IsraeliPhone.IsMobile(e164));
}
