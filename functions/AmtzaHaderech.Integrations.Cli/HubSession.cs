using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Local;
using AmtzaHaderech.Integrations.FollowUps;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Cli;

/// One command's hub: configuration, the clock, storage (a local Azurite when none is given)
/// and the same services the Functions app registers.
public sealed class HubSession : IAsyncDisposable
{
    private readonly Azurite? _azurite;

    internal HubSession(IHost host, Azurite? azurite, string dataDir)
    {
        Host = host;
        _azurite = azurite;
        DataDir = dataDir;
    }

    public IHost Host { get; }
    public string DataDir { get; }
    public IServiceProvider Services => Host.Services;
    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// `defaults`: settings under the configuration files (the demo's conference calendar).
    public static Task<HubSession> OpenAsync(ParseResult parse, CancellationToken cancellationToken, string? dataDir = null, string? defaultNow = null,
        IReadOnlyDictionary<string, string?>? defaults = null) =>
        OpenAsync(parse, cancellationToken, dataDir, defaultNow, (settings) =>
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(settings);
            if (defaults is not null) builder.Configuration.AddInMemoryCollection(defaults);
            return (builder, builder.Build);
        });

    /// Opens a hub over any host builder (`serve` passes a web application builder).
    public static async Task<HubSession> OpenAsync(ParseResult parse, CancellationToken cancellationToken, string? dataDir, string? defaultNow,
        Func<HostApplicationBuilderSettings, (IHostApplicationBuilder Builder, Func<IHost> Build)> createBuilder)
    {
        dataDir = Path.GetFullPath(dataDir ?? parse.GetValue(GlobalOptions.DataDir)!);
        var storage = parse.GetValue(GlobalOptions.Storage) ?? Environment.GetEnvironmentVariable("AMTZA_STORAGE");
        var azurite = storage is null ? await Azurite.ForDataDirAsync(dataDir, cancellationToken) : null;
        try
        {
            var (builder, build) = createBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
            Configure(builder, parse, dataDir, storage ?? azurite!.Instance.ConnectionString, defaultNow, local: azurite is not null);
            var host = build();
            await host.Services.GetRequiredService<HubStorage>().EnsureCreatedAsync(cancellationToken);
            return new HubSession(host, azurite, dataDir);
        }
        catch
        {
            if (azurite is not null) await azurite.DisposeAsync();
            throw;
        }
    }

    private static void Configure(IHostApplicationBuilder builder, ParseResult parse, string dataDir, string storage, string? defaultNow, bool local)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:IdentityKeySecret"] = LocalKeys.ReadOrCreate(dataDir, "identity-key.txt"),
            ["FollowUps:LinkSigningKey"] = LocalKeys.ReadOrCreate(dataDir, "link-key.txt"),
            ["FollowUps:PublicBaseUrl"] = "http://127.0.0.1:7071",
            // A local store's messages go to files unless a provider is configured; a real store's
            // never do (they would count as sent while nobody got them).
            ["FollowUps:OutboxFolder"] = local ? Path.Combine(dataDir, "out", "messages") : null,
            // Likewise the monthly reports `amtza serve` makes: to a folder, unless Teams is configured.
            ["Reports:LocalFolder"] = local ? Path.Combine(dataDir, "reports") : null,
        });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        if (parse.GetValue(GlobalOptions.Config) is { } configFile)
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.Connection] = storage });
        if (parse.GetValue(GlobalOptions.Parallel) is { } parallel)
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:ImportParallelism"] = parallel.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Logs go to stderr: stdout carries only the command's result (docs/cli.md).
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Azure", LogLevel.Error);
        // `Logging__LogLevel__Default=Information` (or appsettings.json) turns the hub's own log up.
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));

        var now = parse.GetValue(GlobalOptions.Now) ?? Environment.GetEnvironmentVariable("AMTZA_NOW") ?? defaultNow;
        if (now is not null) builder.Services.AddSingleton<TimeProvider>(PinnedClock.Parse(now));
        builder.AddIntegrationsHub();
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}
