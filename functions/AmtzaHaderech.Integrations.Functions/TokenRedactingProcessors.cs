using System.Diagnostics;
using AmtzaHaderech.Integrations.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace AmtzaHaderech.Integrations.Functions;

/// Replaces personal-link tokens and secret query values (TokenRedaction) in a span's name and
/// tags (url.full, url.path, http.target, ...) as it ends, before the exporter reads it.
public sealed class TokenRedactingSpanProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (TokenRedaction.NeedsRedaction(data.DisplayName)) data.DisplayName = TokenRedaction.Redact(data.DisplayName);
        var tags = data.TagObjects.Where(t => t.Value is string text && TokenRedaction.NeedsRedaction(text)).ToList();
        foreach (var (key, value) in tags) data.SetTag(key, TokenRedaction.Redact((string)value!));
    }
}

/// The same for a log record: its formatted message, its template (Body) and its attributes.
public sealed class TokenRedactingLogProcessor : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.FormattedMessage is { } message && TokenRedaction.NeedsRedaction(message)) data.FormattedMessage = TokenRedaction.Redact(message);
        if (data.Body is { } body && TokenRedaction.NeedsRedaction(body)) data.Body = TokenRedaction.Redact(body);
        if (data.Attributes is { } attributes && attributes.Any(a => a.Value is string text && TokenRedaction.NeedsRedaction(text)))
            data.Attributes = [.. attributes.Select(a => a.Value is string text ? new KeyValuePair<string, object?>(a.Key, TokenRedaction.Redact(text)) : a)];
    }
}
