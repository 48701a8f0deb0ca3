using AmtzaHaderech.Integrations.Configuration;

namespace AmtzaHaderech.Integrations.Tests.Referrals.Screening;

/// docs/employment-service.md's default centers, compared after name normalization.
public sealed class CenterDirectoryTests
{
    private readonly CenterDirectory directory = ShippedDefaults.Directory();

    [Theory]
    [InlineData("תל אביב-יפו", "tlv")]
    [InlineData("תל אביב יפו", "tlv")] // hyphen = space
    [InlineData("תל-אביב יפו", "tlv")]
    [InlineData("ת\"א", "tlv")]
    [InlineData("ת״א", "tlv")] // gershayim = quote
    [InlineData(" תל  אביב ", "tlv")]
    [InlineData("TEL AVIV-YAFO", "tlv")]
    [InlineData("בני ברק", "tlv")]
    [InlineData("Givatayim", "tlv")]
    [InlineData("כפר סבא", "ksb")]
    [InlineData("Ra'anana", "ksb")]
    [InlineData("Raanana", "ksb")]
    [InlineData("הוד השרון", "ksb")]
    [InlineData("מודיעין מכבים רעות", "mod")]
    [InlineData("מודיעין", "mod")]
    [InlineData("Modi'in", "mod")]
    [InlineData("ראשון לציון", "mod")]
    [InlineData("בת-ים", "mod")]
    [InlineData("שוהם", "mod")]
    public void ForCity_ServedCity_ItsCenter(string city, string expected) =>
        Assert.Equal(expected, directory.ForCity(city)?.Id);

    [Theory]
    [InlineData("אילת")]
    [InlineData("חיפה")]
    [InlineData("תל")] // a part of a name is not the name
    [InlineData("")]
    [InlineData(null)]
    public void ForCity_CityNoCenterServes_Null(string? city) =>
        Assert.Null(directory.ForCity(city));

    [Fact]
    public void ById_KnownAndUnknown_CenterOrNull()
    {
        Assert.Equal(["tlv", "ksb", "mod"], directory.Centers.Select(c => c.Id));
        Assert.Equal("09-7654321", directory.ById("ksb")?.Phone);
        Assert.Null(directory.ById("xyz"));
    }
}
