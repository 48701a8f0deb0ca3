using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class IsraeliIdTests
{
    [Theory]
    [InlineData("000000018", "000000018")] // the contract's examples
    [InlineData("123456782", "123456782")]
    [InlineData("12445565", "012445565")] // 8 digits
    [InlineData("10009", "000010009")] // 5 digits, the smallest valid one
    [InlineData("12344", "000012344")]
    [InlineData("98764", "000098764")]
    [InlineData(" 123456782 ", "123456782")]
    public void Normalize_ValidCheckDigit_NineDigits(string raw, string expected) =>
        Assert.Equal(expected, IsraeliId.Normalize(raw));

    [Theory]
    [InlineData("123456789")] // the contract's invalid example
    [InlineData("10008")] // 5 digits, check digit off by one
    [InlineData("1234")] // too short to pad
    [InlineData("0123456782")] // 10 digits, even though the last nine are valid
    [InlineData("12345678a")]
    [InlineData("12345-678")]
    [InlineData("١٢٣٤٥٦٧٨٢")] // Arabic-Indic digits are not ASCII digits
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Normalize_NotAnId_Null(string? raw) =>
        Assert.Null(IsraeliId.Normalize(raw));

    [Theory]
    [InlineData("00000")] // placeholders bureaus write for "unknown": every such row would be one person (rule 1)
    [InlineData("000000000")]
    public void Normalize_AllZeros_Null(string raw) =>
        Assert.Null(IsraeliId.Normalize(raw));

    [Theory]
    [InlineData("000000018", true)]
    [InlineData("123456782", true)]
    [InlineData("123456789", false)]
    [InlineData("18", false)] // not padded: the caller pads
    [InlineData("12345678x", false)]
    public void HasValidCheckDigit_NineDigitsOnly_FollowsTheAlgorithm(string nineDigits, bool expected) =>
        Assert.Equal(expected, IsraeliId.HasValidCheckDigit(nineDigits));

    [Fact]
    public void HasValidCheckDigit_EveryLastDigit_ExactlyOneIsValid()
    {
        // Catches a wrong weight or a missing "subtract 9": exactly one check digit completes any 8 digits.
        foreach (var stem in new[] { "00000001", "12345678", "98765432", "05012345", "99999999" })
            Assert.Single(Enumerable.Range(0, 10), d => IsraeliId.HasValidCheckDigit(stem + d));
    }
}
