using System.Text.Json;
using AmtzaHaderech.Integrations.Intake.Occupations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// GET /intake/occupations?q=...&limit=...: the occupation search for the form's combobox, in
/// the JSON shape of `amtza occupations search`.
public sealed class OccupationTypeAhead(OccupationSearch search, IntakeRateLimits limits, IOptions<IntakeFormOptions> options)
{
    public const int DefaultLimit = 8;
    private const int MaxQueryLength = 100;
    private const int MaxLimit = 20;

    public IntakeResponse Search(HttpRequest request)
    {
        var (allowed, retryAfter) = limits.Searches.TryAcquire(ClientAddress.Of(request, options.Value.TrustedFrontEnds));
        if (!allowed)
            return IntakeResponse.Empty(StatusCodes.Status429TooManyRequests).With("Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString());

        string query = request.Query["q"].ToString();
        if (query.Length > MaxQueryLength) query = query[..MaxQueryLength];
        var limit = int.TryParse(request.Query["limit"], out var asked) ? Math.Clamp(asked, 1, MaxLimit) : DefaultLimit;
        return IntakeResponse.Json(JsonSerializer.SerializeToUtf8Bytes(search.SearchResponse(query, limit), JsonSerializerOptions.Web));
    }
}
