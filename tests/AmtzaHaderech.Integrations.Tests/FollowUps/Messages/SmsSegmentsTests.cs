using AmtzaHaderech.Integrations.FollowUps.Messages;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Messages;

public class SmsSegmentsTests
{
    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Of_LatinText_Gsm7With160AloneAnd153APart(int length, int segments)
    {
        var sms = SmsSegments.Of(new string('a', length));

        Assert.Equal((SmsSegments.Gsm7, length, segments), (sms.Encoding, sms.Units, sms.Segments));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    [InlineData(202, 4)]
    public void Of_HebrewText_Ucs2With70AloneAnd67APart(int length, int segments)
    {
        var sms = SmsSegments.Of(new string('ש', length));

        Assert.Equal((SmsSegments.Ucs2, segments), (sms.Encoding, sms.Segments));
    }

    [Fact]
    public void Of_OneCyrillicOrArabicLetter_TheWholeTextIsUcs2()
    {
        Assert.Equal(2, SmsSegments.Of("Здравствуйте" + new string('a', 60)).Segments);
        Assert.Equal(SmsSegments.Ucs2, SmsSegments.Of("مرحبا").Encoding);
    }

    [Fact]
    public void Of_ExtensionCharacters_CountTwoAndNeverSplit()
    {
        // 152 letters and a € (2 septets): 154 septets, one part; 159 letters and a € need two parts.
        Assert.Equal((154, 1), (SmsSegments.Of(new string('a', 152) + "€").Units, SmsSegments.Of(new string('a', 152) + "€").Segments));
        Assert.Equal(2, SmsSegments.Of(new string('a', 159) + "€").Segments);
        // 152 letters then {: the brace does not fit the first part's last septet, so it moves.
        Assert.Equal(2, SmsSegments.Of(new string('a', 152) + "{" + new string('a', 10)).Segments);
    }

    [Fact]
    public void Of_Emoji_TwoUnitsThatStayTogether()
    {
        var sms = SmsSegments.Of(new string('ש', 66) + "😀" + new string('ש', 10));

        Assert.Equal((78, 2), (sms.Units, sms.Segments));
    }
}
