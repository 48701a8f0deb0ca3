using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;
using WireMockRequest = WireMock.RequestBuilders.Request;
using WireMockResponse = WireMock.ResponseBuilders.Response;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// One request the fake received, and how it answered. `At` is on the fake's clock (the hub's);
/// `Received` and `Answered` on the network clock (the machine's, or the one a test gave the
/// hub's HTTP pipeline), for checks of what the hub sent when (a held answer leaves when the
/// hub asks again, after `Answered`).
public sealed record SpotCall(string Method, string Path, string Query, string? IdempotencyKey, int Status, DateTimeOffset At,
    DateTimeOffset Received, DateTimeOffset Answered);

/// SPOT's REST interface as docs/spot.md defines it, stateful and strict: OAuth2 client credentials,
/// a bearer token on every call (401 otherwise, or once it expired by the shared fake clock),
/// `Idempotency-Key` on every POST (400 without; a replay gets the first answer), 409 for a
/// national ID SPOT has, ETag / If-Match (428 without, 412 when stale) on merge-patch, problem+json
/// errors, cursor paging. Faults are knobs: down (503 + Retry-After seconds), throttled (429 +
/// Retry-After date), answers held until the hub gives up, refused national IDs (400), a hook
/// before a PATCH.
public sealed partial class FakeSpot : IDisposable
{
    public const string ClientId = "amtza-hub";
    public const string ClientSecret = "fake-spot-client-secret";
    public const string Scope = "spot.participants";

    private readonly WireMockServer _server;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Replay> _replays = new(StringComparer.Ordinal);
    private readonly List<SpotCall> _calls = [];
    private readonly HashSet<string> _lateNationalIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _heldKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource> _holding = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _firstHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeSpot()
    {
        _server = WireMockServer.Start();
        _server.Given(WireMockRequest.Create().UsingAnyMethod()).RespondWith(WireMockResponse.Create().WithCallback(HandleAsync));
    }

    public string Url => _server.Url!;
    /// The hub's fake clock, so that token expiry and Retry-After dates follow simulated time.
    public TimeProvider Clock { get; set; } = TimeProvider.System;
    /// The clock of `Received` and `Answered`: the hub's network clock when a test fakes it.
    public TimeProvider Network { get; set; } = TimeProvider.System;
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// Every /v1 call answers 503 with Retry-After (seconds) until then; the token endpoint stays up.
    public DateTimeOffset? DownUntil { get; set; }
    public TimeSpan DownRetryAfter { get; set; } = TimeSpan.FromMinutes(5);
    /// Every /v1 call answers 429 with Retry-After as an HTTP date until then.
    public DateTimeOffset? ThrottledUntil { get; set; }
    public HashSet<string> RefusedNationalIds { get; } = new(StringComparer.Ordinal);
    /// Called (with the participant id) before a PATCH checks If-Match: a staff edit meanwhile.
    public Action<string>? BeforePatch { get; set; }
    /// Checked before anything else; an answer here is the answer.
    public Func<IRequestMessage, ResponseMessage?>? Fault { get; set; }
    /// Like Fault, checked first of all and outside the fake's lock, so it may hold the answer back.
    public Func<IRequestMessage, Task<ResponseMessage?>>? FaultAsync { get; set; }

    public IReadOnlyList<SpotCall> Calls { get { lock (_gate) return [.. _calls]; } }

    /// The first POST creating the person with this national ID is processed, then its answer is
    /// held until the hub sends that request again (same Idempotency-Key): the hub gave up waiting,
    /// which is a timeout as SPOT sees one; the replay gets the first answer. The task completes
    /// when the request is held. Whatever the order the hub sends in, only this request waits.
    public Task HoldAnswerTo(string nationalId)
    {
        lock (_gate) _lateNationalIds.Add(nationalId);
        return _firstHeld.Task;
    }

    public void RevokeTokens()
    {
        lock (_gate) _tokens.Clear();
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var received = Network.GetUtcNow();
        var scripted = FaultAsync is { } fault ? await fault(request) : null;
        var key = Header(request, "Idempotency-Key");
        ResponseMessage response;
        TaskCompletionSource? hold = null;
        lock (_gate)
        {
            // Asked again: the hub stopped waiting for the held answer, which may go now (to no one).
            if (key is not null && _holding.Remove(key, out var released)) released.TrySetResult();
            response = scripted ?? Fault?.Invoke(request) ?? Route(request);
            if (key is not null && request.Method == "POST" && request.Path == "/v1/participants"
                && JsonBody(request)?["nationalId"]?.GetValue<string>() is { } nationalId && _lateNationalIds.Contains(nationalId) && _heldKeys.Add(key))
                _holding[key] = hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _calls.Add(new SpotCall(request.Method, request.Path, request.RawQuery ?? "", key, (int)response.StatusCode!,
                Clock.GetUtcNow(), received, Network.GetUtcNow()));
        }
        if (hold is not null)
        {
            // Processed already, answered late: what a timeout looks like from SPOT's side.
            _firstHeld.TrySetResult();
            await hold.Task;
        }
        return response;
    }

    private ResponseMessage Route(IRequestMessage request)
    {
        if (request.Path == "/oauth/token") return Token(request);
        var now = Clock.GetUtcNow();
        if (DownUntil > now) return Problem(503, "Service Unavailable", "SPOT is down for maintenance", retryAfter: DownRetryAfter);
        if (ThrottledUntil is { } until && until > now) return Problem(429, "Too Many Requests", "slow down", retryAt: until);
        if (Header(request, "Authorization") is not { } authorization || !authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            || !_tokens.TryGetValue(authorization["Bearer ".Length..], out var expires) || expires <= now)
            return Problem(401, "Unauthorized", "a valid bearer token is required");
        if (request.Method == "POST") return Idempotent(request);
        return Dispatch(request);
    }

    private ResponseMessage Token(IRequestMessage request)
    {
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Body(request));
        if (form.GetValueOrDefault("grant_type") != "client_credentials" || form.GetValueOrDefault("client_id") != ClientId
            || form.GetValueOrDefault("client_secret") != ClientSecret || form.GetValueOrDefault("scope") != Scope)
            return Json(401, new JsonObject { ["error"] = "invalid_client" });
        var token = Guid.NewGuid().ToString("N");
        _tokens[token] = Clock.GetUtcNow() + TokenLifetime;
        return Json(200, new JsonObject { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = (int)TokenLifetime.TotalSeconds });
    }

    private ResponseMessage Idempotent(IRequestMessage request)
    {
        if (Header(request, "Idempotency-Key") is not { Length: > 0 } key) return Problem(400, "Bad Request", "Idempotency-Key is required on POST");
        if (_replays.TryGetValue(key, out var replay))
            return replay.Path == request.Path ? replay.Response : Problem(422, "Unprocessable Entity", "Idempotency-Key reused for another request");
        var response = Dispatch(request);
        _replays[key] = new Replay(request.Path, response);
        return response;
    }

    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static string Body(IRequestMessage request) => request.BodyData?.BodyAsString ?? request.Body ?? "";

    private static JsonObject? JsonBody(IRequestMessage request) =>
        JsonNode.Parse(Body(request) is { Length: > 0 } text ? text : "null") as JsonObject;

    private static ResponseMessage Json(int status, JsonNode body, string contentType = "application/json", string? etag = null)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", contentType);
        if (etag is not null) response.AddHeader("ETag", etag);
        return response;
    }

    /// SPOT's "stop sending": 429 or 503, with Retry-After in seconds or as an HTTP date.
    public ResponseMessage Pause(int status, TimeSpan? retryAfter = null, DateTimeOffset? retryAt = null) =>
        Problem(status, status == 429 ? "Too Many Requests" : "Service Unavailable", "pause", retryAfter: retryAfter, retryAt: retryAt);

    private ResponseMessage Problem(int status, string title, string detail, JsonObject? errors = null, TimeSpan? retryAfter = null,
        DateTimeOffset? retryAt = null, string? participantId = null)
    {
        var body = new JsonObject { ["type"] = "https://spot.example/problems/" + status, ["title"] = title, ["status"] = status, ["detail"] = detail };
        if (errors is not null) body["errors"] = errors;
        if (participantId is not null) body["participantId"] = participantId;
        var response = Json(status, body, "application/problem+json");
        if (retryAfter is { } seconds) response.AddHeader("Retry-After", ((int)seconds.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        if (retryAt is { } date) response.AddHeader("Retry-After", date.ToString("R", CultureInfo.InvariantCulture));
        return response;
    }

    public void Dispose()
    {
        lock (_gate)
            foreach (var held in _holding.Values) held.TrySetResult();
        _server.Stop();
    }

    private sealed record Replay(string Path, ResponseMessage Response);
}
