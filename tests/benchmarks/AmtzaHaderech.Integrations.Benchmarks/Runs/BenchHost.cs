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

    public static async Task<BenchHost> StartAsync(string connectionString, string prefix, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:IdentityKeySecret"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["Hub:StorageNamePrefix"] = prefix,
            [StorageNames.Connection] = connectionString,
        });
        // As the CLI: warnings and errors only, on stderr (stdout carries the results table).
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Azure", LogLevel.Error);
        builder.AddIntegrationsHub();

        var counter = new TableCallCounter();
        builder.Services.ConfigureAll<TableClientOptions>(o => o.AddPolicy(counter, HttpPipelinePosition.PerCall));
        var host = builder.Build();
        await host.Services.GetRequiredService<HubStorage>().EnsureCreatedAsync(cancellationToken);
        counter.Reset();
        return new BenchHost(host, counter);
    }

    public void Dispose() => _host.Dispose();
}
