using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// Referrals generated with EsFileBuilder rows, the ids they get, and a hub on the SPOT fake.
internal static class SpotTesting
{
    public static readonly DateOnly Today = new(2026, 11, 26);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(1);

    public static string HubId(int row) => ReferralPipeline.ParticipantIdFor("4521:" + (800000 + row));

    public static string NationalId(int row) => EsFileBuilder.ValidId(200000 + row);

    public static string CreateKey(int row) => SpotChanges.IdFor("4521:" + (800000 + row), SpotChangeKinds.Participant);

    public static async Task<FileResult> ImportAsync(TestHub hub, int fileNumber, params Dictionary<string, string>[] rows)
    {
        var builder = new EsFileBuilder();
        foreach (var row in rows) builder.Add(row);
        var bytes = builder.Build();
        return await hub.Get<EmploymentServiceImporter>().ImportAsync(
            new InboundFile($"es-referrals_4521_20261123_{fileNumber:D2}.csv", bytes.Length, () => new MemoryStream(bytes)));
    }

    public static Task<FileResult> ImportRowsAsync(TestHub hub, params int[] rows) =>
        ImportAsync(hub, 1, [.. rows.Select(EsFileBuilder.Row)]);

    /// A hub in api mode on the fake, with the fake on the hub's clock and resilience waits that
    /// keep the tests fast: Retry-After always goes to the outbox, 10 ms between in-request retries.
    /// The timeouts are far longer than any answer of the fake takes, however loaded the machine:
    /// a test that wants a timeout moves the pipeline's own clock (NetworkClockKey).
    /// `settings` and `services` override those.
    public static async Task<TestHub> ApiHubAsync(AzuriteFixture azurite, FakeSpot spot, Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var merged = new Dictionary<string, string?>
        {
            ["Spot:Mode"] = "api",
            ["Spot:BaseUrl"] = spot.Url,
            ["Spot:TokenUrl"] = spot.Url + "/oauth/token",
            ["Spot:ClientId"] = FakeSpot.ClientId,
            ["Spot:ClientSecret"] = FakeSpot.ClientSecret,
            ["Spot:Scope"] = FakeSpot.Scope,
            ["Spot:PageSize"] = "2",
            ["Spot:LongestWaitInRequest"] = "00:00:00",
            ["Spot:Resilience:Retry:Delay"] = "00:00:00.010",
            ["Spot:Resilience:Retry:MaxRetryAttempts"] = "2",
            ["Spot:Resilience:AttemptTimeout:Timeout"] = AttemptTimeout.ToString(),
            ["Spot:Resilience:TotalRequestTimeout:Timeout"] = "00:05:00",
            ["Spot:Resilience:CircuitBreaker:MinimumThroughput"] = "1000",
            ["Spot:Resilience:CircuitBreaker:SamplingDuration"] = "00:05:00", // at least twice the attempt timeout
        };
        foreach (var (name, value) in settings ?? []) merged[name] = value;
        var hub = await TestHub.StartAsync(azurite, Today, merged, services);
        spot.Clock = hub.Clock;
        return hub;
    }
}
