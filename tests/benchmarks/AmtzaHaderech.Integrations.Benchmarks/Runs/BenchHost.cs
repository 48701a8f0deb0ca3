using System.Security.Cryptography;
using AmtzaHaderech.Integrations.Storage;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Benchmarks.Runs;

/// Counts the Table storage calls a run makes (each logical call once, retries not counted
/// again), so the report can show that the ceiling makes the same calls as the import.
public sealed class TableCallCounter : HttpPipelineSynchronousPolicy
{
    private long _calls;

    public long Calls => Interlocked.Read(ref _calls);

    public void Reset() => Interlocked.Exchange(ref _calls, 0);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _calls);
}

/// The emulated network: every storage call (Table, Blob, Queue) waits this long before it is
/// sent, as a round trip to Azure Storage within a region adds to every call.
public sealed class NetworkDelay(TimeSpan delay) : HttpPipelinePolicy
{
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await Task.Delay(delay, message.CancellationToken);
        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Thread.Sleep(delay);
        ProcessNext(message, pipeline);
    }
}

/// How a run's hub is set up: rows decided at once (Hub:ImportParallelism) and the emulated
/// network delay per storage call (none: zero).
public sealed record HubSetup(int Parallelism, TimeSpan Delay)
{
    public static readonly HubSetup Sequential = new(1, TimeSpan.Zero);
}

/// The hub exactly as the hosts build it (`AddIntegrationsHub()`), over one emulator, with its
/// own storage name prefix. The ceiling uses the same host for its Table clients, so both
/// sides go through the same SDK pipeline and connection pool settings.
public sealed class BenchHost : IDisposable
{
    private readonly IHost _host;

    private BenchHost(IHost host, TableCallCounter counter)
    {
        _host = host;
        Counter = counter;
    }

    public TableCallCounter Counter { get; }
    public HubStorage Storage => Get<HubStorage>();

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<BenchHost> StartAsync(string connectionString, string prefix, HubSetup setup, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:IdentityKeySecret"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["Hub:StorageNamePrefix"] = prefix,
            [StorageNames.Connection] = connectionString,
            ["Hub:ImportParallelism"] = setup.Parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        // As the CLI: warnings and errors only, on stderr (stdout carries the results table).
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Azure", LogLevel.Error);
        builder.AddIntegrationsHub();

        var counter = new TableCallCounter();
        builder.Services.ConfigureAll<TableClientOptions>(o => o.AddPolicy(counter, HttpPipelinePosition.PerCall));
        if (setup.Delay > TimeSpan.Zero)
        {
            // Per retry: each attempt is a round trip of its own.
            var delay = new NetworkDelay(setup.Delay);
            builder.Services.ConfigureAll<TableClientOptions>(o => o.AddPolicy(delay, HttpPipelinePosition.PerRetry));
            builder.Services.ConfigureAll<Azure.Storage.Blobs.BlobClientOptions>(o => o.AddPolicy(delay, HttpPipelinePosition.PerRetry));
            builder.Services.ConfigureAll<Azure.Storage.Queues.QueueClientOptions>(o => o.AddPolicy(delay, HttpPipelinePosition.PerRetry));
        }
        var host = builder.Build();
        await host.Services.GetRequiredService<HubStorage>().EnsureCreatedAsync(cancellationToken);
        counter.Reset();
        return new BenchHost(host, counter);
    }

    public void Dispose() => _host.Dispose();
}
