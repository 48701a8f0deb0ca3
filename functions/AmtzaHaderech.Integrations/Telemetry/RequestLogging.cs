using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Telemetry;

/// Request logging without tokens, for any ASP.NET Core host of the hub (`amtza serve`, the
/// Functions worker). ASP.NET Core's own request lines (hosting diagnostics: "Request starting
/// GET /s/<token>?...", routing's "candidates for the request path ...") print the raw path and
/// query, so they are held back; the HTTP logging middleware writes one line per request instead,
/// with the path through TokenRedaction and no query or headers.
public static class RequestLogging
{
    /// Categories that write a request's raw path or query; only their warnings and errors pass.
    public static readonly string[] RawUrlCategories =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Routing.Matching",
    ];

    public static ILoggingBuilder KeepTokensOutOfRequestLogs(this ILoggingBuilder logging)
    {
        foreach (var category in RawUrlCategories) logging.AddFilter(category, LogLevel.Warning);
        return logging;
    }

    /// The one line per request (category Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware,
    /// level Information): method, redacted path, status, duration.
    public static IServiceCollection AddRedactedRequestLogging(this IServiceCollection services)
    {
        services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        services.AddHttpLoggingInterceptor<RedactingInterceptor>();
        return services;
    }

    public static IApplicationBuilder UseRedactedRequestLogging(this IApplicationBuilder app) => app.UseHttpLogging();

    private sealed class RedactingInterceptor : IHttpLoggingInterceptor
    {
        public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
        {
            if (logContext.TryDisable(HttpLoggingFields.RequestPath))
                logContext.AddParameter("Path", TokenRedaction.Redact(logContext.HttpContext.Request.Path.ToString()));
            return ValueTask.CompletedTask;
        }

        public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;
    }
}
