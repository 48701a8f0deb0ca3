using System.Text;
using AmtzaHaderech.Integrations.Facebook.Webhook;

namespace AmtzaHaderech.Integrations.Tests.Facebook;

public sealed class WebhookSignatureTests
{
    private const string Secret = "sample-app-secret-not-real";
    private static readonly byte[] Batch = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "facebook", "webhook-batch.json"));
    private static readonly string SampleHeader = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "facebook", "webhook-batch.signature")).Trim();

    [Fact]
    public void IsValid_SampleBatchAndItsHeader_IsTrue() => Assert.True(WebhookSignature.IsValid(Batch, SampleHeader, Secret));

    [Fact]
    public void IsValid_UpperCaseHex_IsTrue() => Assert.True(WebhookSignature.IsValid(Batch, "sha256=" + SampleHeader[7..].ToUpperInvariant(), Secret));

    [Fact]
    public void Sign_SampleBatch_GivesTheSampleHeader() => Assert.Equal(SampleHeader, WebhookSignature.Sign(Batch, Secret));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha256=zz")]
    [InlineData("sha1=8610dad7addbbffab0b78b346e64a820d468ee35")]
    [InlineData("8610dad7addbbffab0b78b346e64a820d468ee359e16e341d684286871d89d38")]
    public void IsValid_MissingOrMalformedHeader_IsFalse(string? header) => Assert.False(WebhookSignature.IsValid(Batch, header, Secret));

    [Fact]
    public void IsValid_OtherSecret_IsFalse() => Assert.False(WebhookSignature.IsValid(Batch, SampleHeader, "another-secret"));

    [Fact]
    public void IsValid_NoSecretConfigured_IsFalseEvenForAnEmptyKeysSignature() =>
        Assert.False(WebhookSignature.IsValid(Batch, WebhookSignature.Sign(Batch, ""), ""));

    [Fact]
    public void IsValid_OneByteChanged_IsFalse()
    {
        var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Batch).Replace("120211000000000003", "120211000000000004"));

        Assert.False(WebhookSignature.IsValid(body, SampleHeader, Secret));
    }
}
