using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;
using WmRequest = WireMock.RequestBuilders.Request;
using WmResponse = WireMock.ResponseBuilders.Response;

namespace AmtzaHaderech.Integrations.IntegrationTests.Facebook;

/// A fake of Facebook's Graph API for leads: `GET /{version}/{leadgen_id}` and
/// `GET /{version}/{form_id}/leads` (filtered by time_created, newest first, paged with
/// `paging.next`). It insists on the page token (401, code 190 otherwise) and answers the
/// errors Graph gives: throttling as HTTP 400 code 80005 with the usage header, code 100 for a
/// lead that is gone.
public sealed class FacebookGraphFake : IDisposable
{
    public const string PageToken = "page-token-for-tests";
    public const string ApiVersion = "v24.0";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _leads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _gone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _throttles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _formLeads = new(StringComparer.Ordinal);

    public FacebookGraphFake() =>
        _server.Given(WmRequest.Create().UsingAnyMethod())
            .RespondWith(WmResponse.Create().WithCallback(request => { lock (_gate) return Handle(request); }));

    public string Url => _server.Url!;
    public int PageSize { get; set; } = 2;
    public List<string> Problems { get; } = [];
    public List<(string Path, IReadOnlyDictionary<string, string> Query)> Requests { get; } = [];

    /// Lead objects as `GET /{leadgen_id}` returns them (and the form listing, by their form_id).
    public void AddLead(string json)
    {
        var lead = JsonNode.Parse(json)!;
        lock (_gate)
        {
            _leads[lead["id"]!.GetValue<string>()] = json;
            var form = lead["form_id"]!.GetValue<string>();
            if (!_formLeads.TryGetValue(form, out var list)) _formLeads[form] = list = [];
            list.Add(json);
        }
    }

    public void AddSampleLeads()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "facebook"), "lead-*.json").Order(StringComparer.Ordinal))
            AddLead(File.ReadAllText(file));
    }

    /// The lead was deleted: Graph answers code 100.
    public void RemoveLead(string leadgenId)
    {
        lock (_gate) _gone.Add(leadgenId);
    }

    /// The next `times` reads of the lead are throttled (HTTP 400, code 80005).
    public void Throttle(string leadgenId, int times)
    {
        lock (_gate) _throttles[leadgenId] = times;
    }

    public int LeadReads(string leadgenId)
    {
        lock (_gate) return Requests.Count(r => r.Path == $"/{ApiVersion}/{leadgenId}");
    }

    public void Dispose() => _server.Stop();

    private ResponseMessage Handle(IRequestMessage request)
    {
        // WireMock splits a query value at its commas; Graph's `fields` and `filtering` have commas.
        var query = (request.Query ?? new Dictionary<string, WireMockList<string>>()).ToDictionary(q => q.Key, q => string.Join(',', q.Value), StringComparer.Ordinal);
        var path = Uri.UnescapeDataString(request.AbsolutePath);
        Requests.Add((path, query));

        if (query.GetValueOrDefault("access_token") != PageToken)
            return Reply(401, Error(190, 463, "OAuthException", "Error validating access token: Session has expired."));
        if (!path.StartsWith($"/{ApiVersion}/", StringComparison.Ordinal))
            return Reply(400, Error(2635, null, "OAuthException", "Unknown API version."));
        var fields = query.GetValueOrDefault("fields", "");
        if (!fields.Contains("field_data") || !fields.Contains("custom_disclaimer_responses") || !fields.Contains("created_time"))
            Problems.Add($"{path} without the lead fields: '{fields}'");

        var rest = path[(ApiVersion.Length + 2)..];
        if (rest.EndsWith("/leads", StringComparison.Ordinal)) return ListLeads(rest[..^"/leads".Length], query);
        if (_throttles.TryGetValue(rest, out var remaining) && remaining > 0)
        {
            _throttles[rest] = remaining - 1;
            return Reply(400, Error(80005, 2446079, "OAuthException", "There have been too many leadgen api calls to this Page."),
                ("X-Business-Use-Case-Usage", "{\"111222333444555\":[{\"type\":\"leadgen\",\"call_count\":100,\"total_cputime\":12,\"total_time\":20,\"estimated_time_to_regain_access\":5}]}"));
        }
        if (_gone.Contains(rest) || !_leads.TryGetValue(rest, out var lead))
            return Reply(400, Error(100, 33, "GraphMethodException", $"Unsupported get request. Object with ID '{rest}' does not exist."));
        return Reply(200, JsonNode.Parse(lead));
    }

    private ResponseMessage ListLeads(string formId, Dictionary<string, string> query)
    {
        long after = 0;
        try
        {
            var filter = JsonNode.Parse(query.GetValueOrDefault("filtering", "[]"))!.AsArray().Single()!;
            if (filter["field"]!.GetValue<string>() != "time_created" || filter["operator"]!.GetValue<string>() != "GREATER_THAN")
                Problems.Add($"unexpected filtering {query["filtering"]}");
            after = filter["value"]!.GetValue<long>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException)
        {
            Problems.Add($"leads of {formId} listed without a time_created filter");
        }
        if (query.GetValueOrDefault("limit") != "100") Problems.Add($"leads of {formId} listed with limit {query.GetValueOrDefault("limit")}");

        var leads = _formLeads.GetValueOrDefault(formId, [])
            .Where(j => !_gone.Contains(JsonNode.Parse(j)!["id"]!.GetValue<string>()))
            .Select(j => (Json: j, Created: DateTimeOffset.Parse(JsonNode.Parse(j)!["created_time"]!.GetValue<string>(), CultureInfo.InvariantCulture)))
            .Where(l => l.Created.ToUnixTimeSeconds() > after)
            .OrderByDescending(l => l.Created)
            .ToList();
        var offset = int.Parse(query.GetValueOrDefault("after", "0"), CultureInfo.InvariantCulture);
        var page = leads.Skip(offset).Take(PageSize).ToList();
        var body = new JsonObject { ["data"] = new JsonArray([.. page.Select(l => JsonNode.Parse(l.Json))]) };
        var paging = new JsonObject { ["cursors"] = new JsonObject { ["before"] = "b", ["after"] = (offset + PageSize).ToString(CultureInfo.InvariantCulture) } };
        if (offset + PageSize < leads.Count)
            paging["next"] = $"{Url}/{ApiVersion}/{formId}/leads?access_token={PageToken}&fields={Uri.EscapeDataString(query["fields"])}"
                + $"&filtering={Uri.EscapeDataString(query.GetValueOrDefault("filtering", "[]"))}&limit=100&after={offset + PageSize}";
        body["paging"] = paging;
        return Reply(200, body);
    }

    private static JsonObject Error(int code, int? subcode, string type, string message) => new()
    {
        ["error"] = new JsonObject
        {
            ["message"] = message,
            ["type"] = type,
            ["code"] = code,
            ["error_subcode"] = subcode,
            ["fbtrace_id"] = "AFakeTrace",
        },
    };

    private static ResponseMessage Reply(int status, JsonNode? body, params (string Name, string Value)[] headers)
    {
        var response = new ResponseMessage { StatusCode = status, Headers = new Dictionary<string, WireMockList<string>>() };
        foreach (var (name, value) in headers) response.Headers[name] = new WireMockList<string>(value);
        if (body is not null)
        {
            response.Headers["Content-Type"] = new WireMockList<string>("application/json");
            response.BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };
        }
        return response;
    }
}
