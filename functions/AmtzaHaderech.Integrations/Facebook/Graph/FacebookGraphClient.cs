using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook.Graph;

/// A Graph answer: the JSON body, or the error.
public sealed record GraphResponse(string? Json, GraphError? Error)
{
    public bool Succeeded => Error is null;
}

/// The Graph API calls the hub makes: read one lead, list a form's leads. A typed client from
/// IHttpClientFactory with the standard resilience handler (which retries 5xx and timeouts in
/// place); Graph's throttling comes back as HTTP 400 and is returned, not retried here, so the
/// caller can wait minutes instead of seconds.
public sealed class FacebookGraphClient(HttpClient http, IOptionsMonitor<FacebookOptions> options)
{
    public const string LeadFields = "id,created_time,ad_id,form_id,field_data,custom_disclaimer_responses,is_organic";
    public const int PageSize = 100;

    public static readonly GraphError NoToken = new(0, 190, null, "NotConfigured", null, null);

    public Task<GraphResponse> GetLeadAsync(string leadgenId, CancellationToken cancellationToken = default) =>
        SendAsync(Build($"{Uri.EscapeDataString(leadgenId)}", $"fields={LeadFields}"), cancellationToken);

    /// The form's leads created after `createdAfter` (unix seconds), newest first, a page at a time.
    public Task<GraphResponse> ListLeadsAsync(string formId, long createdAfter, CancellationToken cancellationToken = default)
    {
        var filtering = $"[{{\"field\":\"time_created\",\"operator\":\"GREATER_THAN\",\"value\":{createdAfter.ToString(CultureInfo.InvariantCulture)}}}]";
        return SendAsync(Build($"{Uri.EscapeDataString(formId)}/leads", $"fields={LeadFields}&filtering={Uri.EscapeDataString(filtering)}&limit={PageSize}"), cancellationToken);
    }

    /// `paging.next` as Graph wrote it; followed only on the configured Graph host, so the
    /// page token never goes anywhere else.
    public Task<GraphResponse> NextPageAsync(string next, CancellationToken cancellationToken = default)
    {
        var baseUri = new Uri(options.CurrentValue.GraphBaseUrl);
        if (!Uri.TryCreate(next, UriKind.Absolute, out var uri) || uri.Scheme != baseUri.Scheme || uri.Authority != baseUri.Authority)
            return Task.FromResult(new GraphResponse(null, new GraphError(0, null, null, "ForeignNextPage", null, null)));
        return SendAsync(uri, cancellationToken);
    }

    private Uri Build(string path, string query)
    {
        var settings = options.CurrentValue;
        var token = settings.PageAccessToken;
        var proof = string.IsNullOrEmpty(settings.AppSecret)
            ? ""
            : "&appsecret_proof=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(settings.AppSecret), Encoding.UTF8.GetBytes(token)));
        return new Uri($"{settings.GraphBaseUrl.TrimEnd('/')}/{settings.ApiVersion}/{path}?{query}&access_token={Uri.EscapeDataString(token)}{proof}");
    }

    private async Task<GraphResponse> SendAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.CurrentValue.PageAccessToken)) return new GraphResponse(null, NoToken);
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? new GraphResponse(body, null)
                : new GraphResponse(null, GraphError.Parse((int)response.StatusCode, body, UsageHeaders.RegainAccessIn(response.Headers)));
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException
                                   || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new GraphResponse(null, new GraphError(0, null, null, e.GetType().Name, null, null));
        }
    }
}
