using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Facebook.Webhook;

namespace AmtzaHaderech.Integrations.Tests.Facebook;

public sealed class WebhookPayloadTests
{
    [Fact]
    public void Parse_SampleBatch_ReadsTheThreeLeadsWithEveryDigit()
    {
        var batch = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "facebook", "webhook-batch.json"));

        var leads = WebhookPayload.Parse(batch);

        Assert.Equal(["120211000000000001", "120211000000000002", "120211000000000003"], leads.Select(l => l.LeadgenId));
        Assert.All(leads, l => Assert.Equal(("98765432101234567", "111222333444555", "120210000000000777", 1795162542L), (l.FormId, l.PageId, l.AdId, l.CreatedTime)));
    }

    [Theory]
    [InlineData("9007199254740993", "9007199254740993")]
    [InlineData("18446744073709551617", "18446744073709551617")]
    [InlineData("\"444\"", "444")]
    [InlineData("\" 555 \"", "555")]
    public void Parse_IdAsNumberOrString_KeepsItsDigits(string written, string expected)
    {
        var leads = WebhookPayload.Parse(Body($$"""{"leadgen_id":{{written}},"form_id":1}"""));

        Assert.Equal(expected, Assert.Single(leads).LeadgenId);
    }

    [Theory]
    [InlineData("1.2e17")]
    [InlineData("-5")]
    [InlineData("\"abc\"")]
    [InlineData("null")]
    public void Parse_IdNotAnInteger_SkipsTheChange(string written) =>
        Assert.Empty(WebhookPayload.Parse(Body($$"""{"leadgen_id":{{written}}}""")));

    [Fact]
    public void Parse_SameLeadTwiceInOneDelivery_ListsItOnce()
    {
        var json = """{"object":"page","entry":[{"id":"1","changes":[{"field":"leadgen","value":{"leadgen_id":7}}]},{"id":"1","changes":[{"field":"leadgen","value":{"leadgen_id":"7"}}]}]}""";

        Assert.Single(WebhookPayload.Parse(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("""{"object":"user","entry":[{"changes":[{"field":"leadgen","value":{"leadgen_id":7}}]}]}""")]
    [InlineData("""{"object":"page","entry":[{"changes":[{"field":"feed","value":{"leadgen_id":7}}]}]}""")]
    [InlineData("""{"object":"page"}""")]
    public void Parse_NotALeadgenChange_IsEmpty(string json) => Assert.Empty(WebhookPayload.Parse(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("{\"object\":")]
    [InlineData("")]
    public void Parse_NoJsonObject_Throws(string json) =>
        Assert.ThrowsAny<JsonException>(() => WebhookPayload.Parse(Encoding.UTF8.GetBytes(json)));

    private static byte[] Body(string value) =>
        Encoding.UTF8.GetBytes($$"""{"object":"page","entry":[{"id":"111","time":1,"changes":[{"field":"leadgen","value":{{value}}}]}]}""");
}
