using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData(" Ronit.Levi@Example.ORG ", "ronit.levi@example.org")]
    [InlineData("first.last+tag@gmail.com", "first.last+tag@gmail.com")] // dots and tags are different inboxes
    [InlineData("a@b.co.il", "a@b.co.il")]
    public void Normalize_ValidAddress_TrimmedLowerCase(string raw, string expected) =>
        Assert.Equal(expected, EmailAddress.Normalize(raw));

    [Theory]
    [InlineData("ronit")]
    [InlineData("ronit@")]
    [InlineData("@example.org")]
    [InlineData("ronit@example")] // no dot in the domain
    [InlineData("ronit@example.")]
    [InlineData("ronit@@example.org")]
    [InlineData("a@b@example.org")]
    [InlineData("ronit levi@example.org")]
    [InlineData("Ronit <ronit@example.org>")] // a display name is not an address
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_InvalidAddress_Null(string? raw) =>
        Assert.Null(EmailAddress.Normalize(raw));
}
