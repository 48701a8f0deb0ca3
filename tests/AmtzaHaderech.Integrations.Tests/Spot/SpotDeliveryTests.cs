using System.Net.Http.Headers;
using System.Text.Json;
using AmtzaHaderech.Integrations.Spot.Api;

namespace AmtzaHaderech.Integrations.Tests.Spot;

public sealed class SpotDeliveryTests
{
    private static SpotResponse Problem(int status, string json = "{}", TimeSpan? retryAfter = null) =>
        new(status, JsonDocument.Parse(json).RootElement.Clone(), null, retryAfter);

    [Theory]
    [InlineData(400)]
    [InlineData(422)]
    [InlineData(405)]
    public void From_PermanentStatus_Quarantines(int status)
    {
        Assert.Equal(SpotDeliveryOutcome.Quarantine, SpotDelivery.From(Problem(status)).Outcome);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public void From_PassingOrCredentialStatus_Retries(int status)
    {
        Assert.Equal(SpotDeliveryOutcome.Retry, SpotDelivery.From(Problem(status)).Outcome);
    }

    [Fact]
    public void From_503WithRetryAfter_CarriesTheWait()
    {
        Assert.Equal(TimeSpan.FromSeconds(120), SpotDelivery.From(Problem(503, retryAfter: TimeSpan.FromSeconds(120))).RetryAfter);
    }

    [Fact]
    public void Describe_ProblemJson_GivesSpotsOwnWords()
    {
        var response = Problem(400, """{"type":"x","title":"Bad Request","status":400,"detail":"nationalId is invalid","errors":{"nationalId":["bad check digit"],"phone":"too short"}}""");

        Assert.Equal("400 Bad Request: nationalId is invalid (nationalId: bad check digit; phone: too short)", response.Describe());
    }

    [Fact]
    public void RetryAfterOf_HttpDate_IsTheTimeUntilThen()
    {
        var now = new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromMinutes(7), SpotResponse.RetryAfterOf(new RetryConditionHeaderValue(now.AddMinutes(7)), now));
        Assert.Equal(TimeSpan.Zero, SpotResponse.RetryAfterOf(new RetryConditionHeaderValue(now.AddMinutes(-1)), now));
        Assert.Equal(TimeSpan.FromSeconds(30), SpotResponse.RetryAfterOf(new RetryConditionHeaderValue(TimeSpan.FromSeconds(30)), now));
        Assert.Null(SpotResponse.RetryAfterOf(null, now));
    }
}
