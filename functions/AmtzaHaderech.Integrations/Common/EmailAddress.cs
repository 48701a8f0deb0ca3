using System.Net.Mail;

namespace AmtzaHaderech.Integrations.Common;

internal static class EmailAddress
{
    /// Trimmed and lower-cased when it is a valid address; otherwise null. Gmail dots and
    /// +tags are kept: they are different inboxes to Exchange (docs/matching.md).
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var candidate = raw.Trim().ToLowerInvariant();
        if (candidate.Contains(' ') || candidate.Count(c => c == '@') != 1) return null;
        if (!MailAddress.TryCreate(candidate, out var parsed) || parsed.Address != candidate) return null;
        var domain = parsed.Host;
        return domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') ? candidate : null;
    }
}
