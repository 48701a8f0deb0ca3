using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// Reading a posted form without trusting it: at most `maxBytes` are read whatever the
/// Content-Length says, and only the urlencoded form a browser sends is accepted.
internal static class FormBody
{
    public enum Problem { None, TooLarge, NotAForm, Malformed }

    public static async Task<(Problem Problem, IReadOnlyDictionary<string, string?> Fields)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken = default)
    {
        if (request.ContentLength > maxBytes) return (Problem.TooLarge, Empty);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return (Problem.NotAForm, Empty);

        var buffer = new byte[maxBytes + 1];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0) break;
            length += read;
        }
        if (length > maxBytes) return (Problem.TooLarge, Empty);

        try
        {
            using var reader = new FormReader(Encoding.UTF8.GetString(buffer, 0, length)) { ValueCountLimit = 100 };
            var form = await reader.ReadFormAsync(cancellationToken);
            // A repeated name keeps its first value, as the form never repeats one.
            return (Problem.None, form.ToDictionary(f => f.Key, f => f.Value.FirstOrDefault(), StringComparer.Ordinal));
        }
        catch (InvalidDataException)
        {
            return (Problem.Malformed, Empty);
        }
    }

    private static readonly IReadOnlyDictionary<string, string?> Empty = new Dictionary<string, string?>();
}
