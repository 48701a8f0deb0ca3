using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Api;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Files;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spot.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace AmtzaHaderech.Integrations.Spot;

internal static class SpotRegistration
{
    /// A TimeProvider registered under this key takes the machine's clock's place in the
    /// resilience pipeline and the throttle gate (their timeouts and waits), so that a test can
    /// time a request out or end a pause without waiting for it.
    public const string NetworkClockKey = "spot-network";

    /// The hub's copy of SPOT (docs/spot.md): its tables, status and compressed copy, what reads
    /// it, and the import of an export folder into it.
    public static IServiceCollection AddSpotMirror(this IServiceCollection services)
    {
        services.AddSingleton<SpotMirrorStore>();
        services.AddSingleton<SpotExportImporter>();
        services.AddSingleton<SpotMirrorChanges>();
        services.AddSingleton<SpotMirrorCopy>();
        services.AddSingleton<SpotStoreReader>();
        services.AddSingleton<SpotCheckpoints>();
        return services;
    }

    /// The SPOT outbox (written by the referral pipeline), both gateways and the one the `Spot`
    /// section's mode chooses, the typed REST client with its resilience handler.
    public static IServiceCollection AddSpotSync(this IServiceCollection services)
    {
        services.AddOptions<SpotOptions>().BindConfiguration(SpotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HttpStandardResilienceOptions>(SpotOptions.Section).BindConfiguration(SpotOptions.ResilienceSection);

        services.AddSingleton<SpotOutbox>();
        services.AddSingleton<IParticipantOutbox>(sp => sp.GetRequiredService<SpotOutbox>());
        services.AddSingleton<SpotPushReport>();
        services.AddSingleton<SpotFileLedger>();
        services.AddSingleton<SpotFileGateway>();
        services.AddSingleton<SpotTokenCache>();
        services.AddSingleton(sp => new SpotThrottleGate(sp.GetRequiredService<IOptions<SpotOptions>>(), sp.GetRequiredService<TimeProvider>(),
            NetworkClock(sp), sp.GetRequiredService<ILogger<SpotThrottleGate>>()));

        // The hub logs ids itself; the factory's own log lines would carry lookup URLs (a national ID).
        services.AddHttpClient<SpotApiClient>(ConfigureClient).RemoveAllLoggers().AddResilienceHandler("spot", ConfigureResilience);
        services.AddTransient<SpotChangeSender>();
        services.AddTransient<SpotPuller>();
        services.AddTransient<SpotApiGateway>();
        services.AddTransient<ISpotGateway>(sp => sp.GetRequiredService<IOptions<SpotOptions>>().Value.IsApi
            ? sp.GetRequiredService<SpotApiGateway>()
            : sp.GetRequiredService<SpotFileGateway>());
        services.AddTransient<SpotSync>();
        return services;
    }

    private static TimeProvider NetworkClock(IServiceProvider services) =>
        services.GetKeyedService<TimeProvider>(NetworkClockKey) ?? TimeProvider.System;

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        var baseUrl = services.GetRequiredService<IOptions<SpotOptions>>().Value.BaseUrl;
        if (Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var uri)) client.BaseAddress = uri;
    }

    /// The standard handler's strategies, in its order (total timeout, retry with jitter,
    /// circuit breaker, attempt timeout), from `Spot:Resilience`, with three changes: they run on
    /// the machine's clock, or a test's under NetworkClockKey (waits and timeouts are about the
    /// network now, while the hub's clock may be pinned by --now or simulated in tests); SPOT's pauses (429/503 with Retry-After) are the
    /// throttle gate's, placed inside the retry so that every attempt waits there, and the retry
    /// adds no wait of its own to them; and a Retry-After as long as Spot:LongestWaitInRequest or
    /// longer is not waited for in the request: the outbox tries the change again when SPOT said.
    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var http = context.GetOptions<HttpStandardResilienceOptions>(SpotOptions.Section);
        var longestWait = context.ServiceProvider.GetRequiredService<IOptions<SpotOptions>>().Value.LongestWaitInRequest;
        var gate = context.ServiceProvider.GetRequiredService<SpotThrottleGate>();
        var retry = http.Retry;
        builder.TimeProvider = NetworkClock(context.ServiceProvider);
        builder
            .AddTimeout(http.TotalRequestTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.MaxRetryAttempts,
                Delay = retry.Delay,
                MaxDelay = retry.MaxDelay,
                BackoffType = retry.BackoffType,
                UseJitter = retry.UseJitter,
                // Other 5xx and timeouts keep the exponential backoff with jitter.
                DelayGenerator = args => args.Outcome.Result is { } response && gate.PauseOf(response) is not null
                    ? new ValueTask<TimeSpan?>(TimeSpan.Zero)
                    : retry.DelayGenerator?.Invoke(args) ?? new ValueTask<TimeSpan?>((TimeSpan?)null),
                ShouldHandle = args =>
                    args.Outcome.Result is { } response && gate.RetryAfterOf(response) is { } wait && wait >= longestWait
                        ? PredicateResult.False()
                        : retry.ShouldHandle(args),
            })
            .AddStrategy(_ => new SpotThrottleStrategy(gate))
            .AddCircuitBreaker(http.CircuitBreaker)
            .AddTimeout(http.AttemptTimeout);
    }
}
