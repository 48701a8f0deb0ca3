using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// The fake's records and the routes over them.
public sealed partial class FakeSpot
{
    private readonly Dictionary<string, Row> _participants = new(StringComparer.Ordinal);
    private readonly List<Row> _episodes = [];
    private readonly List<Row> _activities = [];
    private readonly List<Posted> _posted = [];
    private int _nextId = 1;

    /// Page size of the feeds that take no pageSize (employment episodes, activities).
    public int FeedPageSize { get; set; } = 100;

    public string SeedParticipant(JsonObject data)
    {
        lock (_gate)
        {
            var id = data["participantId"]?.GetValue<string>() ?? NewId();
            data["participantId"] = id;
            _participants[id] = new Row(id, data, Clock.GetUtcNow());
            return id;
        }
    }

    public void SeedEpisode(JsonObject data) => Seed(_episodes, data, "episodeId");

    public void SeedActivity(JsonObject data) => Seed(_activities, data, "activityId");

    /// A staff edit in SPOT: a new version, modified now.
    public void Edit(string participantId, Action<JsonObject> edit)
    {
        lock (_gate) Touch(_participants[participantId], edit);
    }

    public JsonObject? Participant(string id)
    {
        lock (_gate) return _participants.TryGetValue(id, out var row) ? (JsonObject)row.Data.DeepClone() : null;
    }

    public IReadOnlyList<JsonObject> Participants
    {
        get { lock (_gate) return [.. _participants.Values.Select(r => (JsonObject)r.Data.DeepClone())]; }
    }

    /// Employment statuses and activities posted for participants.
    public IReadOnlyList<Posted> PostedForParticipants
    {
        get { lock (_gate) return [.. _posted]; }
    }

    /// How many records each Idempotency-Key created (participants and posts).
    public IReadOnlyDictionary<string, int> RecordsPerKey
    {
        get
        {
            lock (_gate)
                return _participants.Values.Select(r => r.CreatedBy).Concat(_posted.Select(p => p.Key)).OfType<string>()
                    .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        }
    }

    private ResponseMessage Dispatch(IRequestMessage request)
    {
        var path = request.Path.Trim('/').Split('/');
        return (request.Method, path) switch
        {
            ("GET", ["v1", "participants"]) => List(request, [.. _participants.Values], paged: true),
            ("GET", ["v1", "participants", "lookup"]) => Lookup(request),
            ("GET", ["v1", "participants", var id]) => _participants.TryGetValue(id, out var row) ? Record(200, row) : NotFound(id),
            ("POST", ["v1", "participants"]) => Create(request),
            ("PATCH", ["v1", "participants", var id]) => Patch(request, id),
            ("POST", ["v1", "participants", var id, "employment-status" or "activities"]) => PostFor(request, id, path[3]),
            ("GET", ["v1", "employment-episodes"]) => List(request, _episodes, paged: false),
            ("GET", ["v1", "activities"]) => List(request, _activities, paged: false),
            _ => Problem(404, "Not Found", $"no route {request.Method} {request.Path}"),
        };
    }

    private ResponseMessage Create(IRequestMessage request)
    {
        var body = JsonBody(request);
        if (body is null) return Problem(400, "Bad Request", "a JSON object is required");
        var nationalId = body["nationalId"]?.GetValue<string>();
        if (nationalId is not null && RefusedNationalIds.Contains(nationalId))
            return Problem(400, "Bad Request", "SPOT rejects national ID " + nationalId + " (blocked by the registry)",
                new JsonObject { ["nationalId"] = new JsonArray("blocked by the registry") });
        if (nationalId is not null && _participants.Values.FirstOrDefault(r => r.Data["nationalId"]?.GetValue<string>() == nationalId) is { } existing)
            return Problem(409, "Conflict", "a participant with this national ID exists", participantId: existing.Id);
        if (body["firstName"] is null) return Problem(422, "Unprocessable Entity", "firstName is required", new JsonObject { ["firstName"] = new JsonArray("required") });
        var id = NewId();
        body["participantId"] = id;
        var row = new Row(id, body, Clock.GetUtcNow()) { CreatedBy = Header(request, "Idempotency-Key") };
        _participants[id] = row;
        return Record(201, row);
    }

    private ResponseMessage Patch(IRequestMessage request, string id)
    {
        if (!_participants.TryGetValue(id, out var row)) return NotFound(id);
        if (Header(request, "Content-Type")?.StartsWith("application/merge-patch+json", StringComparison.Ordinal) != true)
            return Problem(415, "Unsupported Media Type", "PATCH takes application/merge-patch+json");
        if (Header(request, "If-Match") is not { } ifMatch) return Problem(428, "Precondition Required", "If-Match is required");
        BeforePatch?.Invoke(id);
        if (ifMatch != ETagOf(row)) return Problem(412, "Precondition Failed", "the participant changed since it was read");
        var patch = JsonBody(request)!;
        Touch(row, data =>
        {
            foreach (var (name, value) in patch.ToList())
                if (value is null) data.Remove(name);
                else data[name] = value.DeepClone();
        });
        return Record(200, row);
    }

    private ResponseMessage PostFor(IRequestMessage request, string id, string kind)
    {
        if (!_participants.ContainsKey(id)) return NotFound(id);
        var body = JsonBody(request)!;
        if (kind == "employment-status" && (body["status"]?.GetValue<string>() is not ("employed" or "not_employed") || body["asOf"] is null || body["source"] is null))
            return Problem(422, "Unprocessable Entity", "status, asOf and source are required", new JsonObject { ["status"] = new JsonArray("employed or not_employed") });
        if (kind == "activities" && (body["type"] is null || body["date"] is null))
            return Problem(422, "Unprocessable Entity", "type and date are required");
        _posted.Add(new Posted(id, kind, body, Header(request, "Idempotency-Key")!));
        return Json(201, new JsonObject { ["id"] = $"{kind}-{_posted.Count}", ["participantId"] = id });
    }

    private ResponseMessage Lookup(IRequestMessage request)
    {
        var (name, value) = request.Query!.Select(q => (q.Key, q.Value.FirstOrDefault())).First();
        var items = new JsonArray([.. _participants.Values.Where(r => r.Data[name]?.GetValue<string>() == value).Select(r => r.Data.DeepClone())]);
        return Json(200, new JsonObject { ["items"] = items });
    }

    private ResponseMessage List(IRequestMessage request, IReadOnlyList<Row> rows, bool paged)
    {
        IDictionary<string, WireMock.Types.WireMockList<string>> query = request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>();
        var size = FeedPageSize;
        if (paged && query.TryGetValue("pageSize", out var sizes) && (!int.TryParse(sizes[0], out size) || size is < 1 or > 500))
            return Problem(400, "Bad Request", "pageSize must be 1 to 500");
        var since = query.TryGetValue("modifiedSince", out var s) ? DateTimeOffset.Parse(s[0], CultureInfo.InvariantCulture) : DateTimeOffset.MinValue;
        var offset = query.TryGetValue("cursor", out var c) ? int.Parse(c[0], CultureInfo.InvariantCulture) : 0;
        var matching = rows.Where(r => r.Modified >= since).OrderBy(r => r.Modified).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var page = matching.Skip(offset).Take(size).ToList();
        var next = offset + page.Count < matching.Count ? (offset + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Json(200, new JsonObject { ["items"] = new JsonArray([.. page.Select(r => r.Data.DeepClone())]), ["nextCursor"] = next });
    }

    private void Seed(List<Row> rows, JsonObject data, string idName)
    {
        lock (_gate) rows.Add(new Row(data[idName]!.GetValue<string>(), data, Clock.GetUtcNow()));
    }

    private void Touch(Row row, Action<JsonObject> edit)
    {
        edit(row.Data);
        row.Version++;
        row.Modified = Clock.GetUtcNow();
    }

    private ResponseMessage Record(int status, Row row) => Json(status, row.Data.DeepClone(), etag: ETagOf(row));

    private ResponseMessage NotFound(string id) => Problem(404, "Not Found", $"no participant {id}");

    private static string ETagOf(Row row) => $"\"{row.Version}\"";

    private string NewId() => "S" + (_nextId++).ToString("D5", CultureInfo.InvariantCulture);

    private sealed class Row(string id, JsonObject data, DateTimeOffset modified)
    {
        public string Id { get; } = id;
        public JsonObject Data { get; } = data;
        public int Version { get; set; } = 1;
        public DateTimeOffset Modified { get; set; } = modified;
        public string? CreatedBy { get; init; }
    }

    public sealed record Posted(string ParticipantId, string Kind, JsonObject Body, string Key);
}
