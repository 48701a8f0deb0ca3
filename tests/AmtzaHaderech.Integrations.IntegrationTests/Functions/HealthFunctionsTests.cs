using System.Diagnostics.Metrics;
using AmtzaHaderech.Integrations.Functions;
using AmtzaHaderech.Integrations.Functions.Health;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Storage;
using AmtzaHaderech.Integrations.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// What the alerts rest on: the poison queues counted into `PoisonMessages`, and the hub's meter
/// exported to Application Insights when the app has a connection string.
[Collection(StorageCollection.Name)]
public sealed class HealthFunctionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CheckPoisonQueues_MessagesInAPoisonQueue_CountedAndRecordedByQueue()
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 11, 26));
        var poison = hub.Get<HubStorage>().Queue(StorageNames.Queues.SpotOutbox + PoisonQueueWatch.Suffix);
        await poison.SendMessageAsync("01JABCDEF");
        await poison.SendMessageAsync("01JABCDEG");
        var recorded = new List<(string Queue, long Count)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == HubMeter.Name && instrument.Name == "PoisonMessages") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "Queue") lock (recorded) recorded.Add(((string)tag.Value!, value));
        });
        listener.Start();

        var counts = await ActivatorUtilities.CreateInstance<CheckPoisonQueues>(hub.Services).Run(null!, CancellationToken.None);

        Assert.Equal(2, counts[StorageNames.Queues.SpotOutbox]);
        Assert.Equal(StorageNames.Queues.All.Order(StringComparer.Ordinal), counts.Keys);
        Assert.Contains((StorageNames.Queues.SpotOutbox, 2L), recorded);
        Assert.Contains((StorageNames.Queues.Referrals, 0L), recorded);
    }

    [Theory]
    [InlineData("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:9/", true)]
    [InlineData("", false)]
    public void AddHubTelemetry_ExportsTheHubsMeterOnlyWithAConnectionString(string connectionString, bool exported)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [HubTelemetry.ConnectionSetting] = connectionString })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddHubTelemetry(configuration).BuildServiceProvider();

        Assert.Equal(exported, services.GetService<MeterProvider>() is not null);
    }

    [Fact]
    public void CheckHealth_Function_SaysOkAndNothingMore()
    {
        var result = Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(new CheckHealth().Run(null!));

        Assert.Equal("""{"status":"ok"}""", System.Text.Json.JsonSerializer.Serialize(result.Value));
    }

    [Fact]
    public async Task Health_AmtzaServe_SaysOkAndNothingMore()
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));
        using var http = app.Client();

        var body = await http.GetStringAsync("/api/health");

        Assert.Equal("""{"status":"ok"}""", body);
    }
}
