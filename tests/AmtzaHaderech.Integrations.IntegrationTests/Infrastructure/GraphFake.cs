using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;
using WmRequest = WireMock.RequestBuilders.Request;
using WmResponse = WireMock.ResponseBuilders.Response;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// A Microsoft Graph fake for Teams channel files (filesFolder, path lookups, folder creation,
/// simple upload, upload sessions, downloads) and the Teams Workflows webhooks, over one
/// in-memory drive. A download (`/items/{id}/content`) is answered as Graph does: 302 to a
/// pre-authenticated URL that serves the bytes.
/// It holds the client to Graph's rules and lists every breach in `Problems`: the bearer token
/// on Graph calls (and not on upload URLs), simple uploads under 4 MiB, upload chunks in
/// multiples of 320 KiB (except the last) with contiguous Content-Range headers.
public sealed partial class GraphFake : IDisposable
{
    public const string Token = "graph-test-token";
    public const string DriveId = "b!drive-1";
    public const int ChunkUnit = 320 * 1024;
    public const int SimpleUploadLimit = 4 * 1024 * 1024;

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DriveEntry> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string TeamId, string ChannelId)> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadSession> _sessions = new(StringComparer.Ordinal);
    private readonly List<Func<string, string, bool>> _throttles = [];
    private int _nextId;

    public GraphFake() =>
        _server.Given(WmRequest.Create().UsingAnyMethod())
            .RespondWith(WmResponse.Create().WithCallback(request => { lock (_gate) return Handle(request); }));

    public string Url => _server.Url!;
    public string GraphBaseUrl => Url + "/v1.0";

    public List<string> Problems { get; } = [];
    public List<RequestSeen> Requests { get; } = [];
    public List<Chunk> Chunks { get; } = [];
    public List<(string Hook, JsonNode Body)> Cards { get; } = [];

    /// A channel with an empty files folder; returns the folder's item id.
    public string AddChannel(string teamId, string channelId)
    {
        lock (_gate)
        {
            var folder = NewItem("General", parentId: null, folder: true);
            _channels[folder.Id] = (teamId, channelId);
            return folder.Id;
        }
    }

    /// The webhook URL of a channel's workflow (its `sig` is what makes a real one secret).
    public string WebhookUrl(string name) => $"{Url}/workflows/{name}/triggers/manual/run?api-version=1&sig=s3cr3t";

    /// The next request whose method and path (after /v1.0) match is answered 429, Retry-After: 1.
    public void ThrottleOnce(Func<string, string, bool> match)
    {
        lock (_gate) _throttles.Add(match);
    }

    /// The files under a folder path of the channel folder, e.g. "Reports/2018".
    public IReadOnlyList<DriveEntry> FilesIn(string channelFolderId, string path)
    {
        lock (_gate)
        {
            var folder = _items[channelFolderId];
            foreach (var segment in path.Split('/'))
                folder = Children(folder.Id).Single(c => c.Name == segment && c.IsFolder);
            return [.. Children(folder.Id).Where(c => !c.IsFolder)];
        }
    }

    /// Replaces a file's bytes as a coordinator's edit in Teams would (the file must exist).
    public void Edit(string channelFolderId, string folderPath, string name, byte[] content)
    {
        lock (_gate)
        {
            var file = FilesIn(channelFolderId, folderPath).Single(f => f.Name == name);
            file.Content = content;
            file.Versions++;
        }
    }

    public void Dispose() => _server.Stop();

    private ResponseMessage Handle(IRequestMessage request)
    {
        var path = Uri.UnescapeDataString(request.AbsolutePath);
        var method = request.Method.ToUpperInvariant();
        var seen = new RequestSeen(method, path, DateTimeOffset.UtcNow, request.Headers?.ContainsKey("Authorization") == true);
        Requests.Add(seen);

        var throttle = _throttles.FindIndex(t => t(method, path.StartsWith("/v1.0", StringComparison.Ordinal) ? path[5..] : path));
        if (throttle >= 0)
        {
            _throttles.RemoveAt(throttle);
            return Reply(429, Error("activityLimitReached", "Throttled by the fake."), ("Retry-After", "1"));
        }

        if (path.StartsWith("/workflows/", StringComparison.Ordinal)) return Webhook(request, path);
        if (path.StartsWith("/upload/", StringComparison.Ordinal)) return UploadChunk(request, path[8..]);
        if (path.StartsWith("/download/", StringComparison.Ordinal)) return Download(path[10..]);
        if (!path.StartsWith("/v1.0/", StringComparison.Ordinal)) return Reply(404, Error("notFound", "No such route."));

        if (Header(request, "Authorization") != "Bearer " + Token)
        {
            Problems.Add($"{method} {path} without the bearer token");
            return Reply(401, Error("InvalidAuthenticationToken", "Access token is empty or wrong."));
        }
        return Route(request, method, path[5..]);
    }

    private ResponseMessage Route(IRequestMessage request, string method, string path)
    {
        if (FilesFolderRoute().Match(path) is { Success: true } ff && method == "GET")
        {
            var folder = _channels.FirstOrDefault(c => c.Value == (ff.Groups[1].Value, ff.Groups[2].Value)).Key;
            return folder is null ? Reply(404, Error("NotFound", "No such channel.")) : Reply(200, Json(_items[folder]));
        }
        if (ItemRoute().Match(path) is not { Success: true } item || item.Groups[1].Value != DriveId)
            return Reply(404, Error("itemNotFound", "No such drive."));
        if (!_items.TryGetValue(item.Groups[2].Value, out var parent)) return Reply(404, Error("itemNotFound", "No such item."));
        var name = item.Groups[3].Success ? item.Groups[3].Value : null;
        var action = item.Groups[4].Value;

        return (method, name, action) switch
        {
            ("GET", { } n, "") => Children(parent.Id).FirstOrDefault(c => c.Name == n) is { } found
                ? Reply(200, Json(found)) : Reply(404, Error("itemNotFound", "The resource could not be found.")),
            ("GET", null, "/content") => parent.IsFolder
                ? Reply(400, Error("invalidRequest", "A folder has no content."))
                : Reply(302, null, ("Location", $"{Url}/download/{parent.Id}?tempauth=t0k3n")),
            ("POST", null, "/children") => CreateFolder(parent, JsonNode.Parse(request.Body ?? "{}")!),
            ("PUT", { } n, "/content") => SimpleUpload(parent, n, request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? "")),
            ("POST", { } n, "/createUploadSession") => CreateSession(parent, n, JsonNode.Parse(request.Body ?? "{}")),
            _ => Reply(400, Error("invalidRequest", $"The fake does not serve {method} {path}.")),
        };
    }

    private ResponseMessage CreateFolder(DriveEntry parent, JsonNode body)
    {
        var name = body["name"]?.GetValue<string>() ?? "";
        if (body["folder"] is null) Problems.Add($"children POST for '{name}' without a folder facet");
        if (Children(parent.Id).FirstOrDefault(c => c.Name == name) is { } existing)
        {
            if (body["@microsoft.graph.conflictBehavior"]?.GetValue<string>() == "fail")
                return Reply(409, Error("nameAlreadyExists", "An item with the same name already exists."));
            return Reply(200, Json(existing));
        }
        return Reply(201, Json(NewItem(name, parent.Id, folder: true)));
    }

    private ResponseMessage SimpleUpload(DriveEntry parent, string name, byte[] content)
    {
        if (content.Length >= SimpleUploadLimit) Problems.Add($"simple upload of {content.Length} bytes (4 MiB or more)");
        return Store(parent, name, content);
    }

    private ResponseMessage Store(DriveEntry parent, string name, byte[] content)
    {
        // Replacing keeps the item (and its id and link), as SharePoint does with a new version.
        var file = Children(parent.Id).FirstOrDefault(c => c.Name == name) ?? NewItem(name, parent.Id, folder: false);
        var created = file.Content is null;
        file.Content = content;
        file.Versions++;
        return Reply(created ? 201 : 200, Json(file));
    }

    private ResponseMessage CreateSession(DriveEntry parent, string name, JsonNode? body)
    {
        if (body?["item"]?["@microsoft.graph.conflictBehavior"]?.GetValue<string>() != "replace")
            Problems.Add($"upload session for '{name}' without conflictBehavior replace");
        var id = "session-" + (++_nextId).ToString(CultureInfo.InvariantCulture);
        _sessions[id] = new UploadSession(parent, name);
        return Reply(200, new JsonObject
        {
            ["uploadUrl"] = $"{Url}/upload/{id}",
            ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
            ["nextExpectedRanges"] = new JsonArray("0-"),
        });
    }

    private ResponseMessage UploadChunk(IRequestMessage request, string sessionId)
    {
        if (!_sessions.TryGetValue(sessionId, out var session)) return Reply(404, Error("itemNotFound", "No such session."));
        if (request.Headers?.ContainsKey("Authorization") == true) Problems.Add("upload session chunk with an Authorization header");
        var body = request.BodyAsBytes ?? [];
        if (ContentRange().Match(Header(request, "Content-Range") ?? "") is not { Success: true } range)
        {
            Problems.Add("chunk without a Content-Range");
            return Reply(400, Error("invalidRange", "Content-Range is required."));
        }
        var (from, to, total) = (long.Parse(range.Groups[1].Value), long.Parse(range.Groups[2].Value), long.Parse(range.Groups[3].Value));
        Chunks.Add(new Chunk(sessionId, from, to, total, body.Length));
        if (from != session.Received.Length) Problems.Add($"chunk starts at {from}, expected {session.Received.Length}");
        if (to - from + 1 != body.Length) Problems.Add($"chunk {from}-{to} carries {body.Length} bytes");
        if (to + 1 < total && body.Length % ChunkUnit != 0) Problems.Add($"chunk of {body.Length} bytes is not a multiple of 320 KiB");
        if (from != session.Received.Length || to - from + 1 != body.Length)
            return Reply(416, Error("invalidRange", "The range does not continue the upload."));

        session.Received.Write(body);
        if (session.Received.Length < total)
            return Reply(202, new JsonObject
            {
                ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
                ["nextExpectedRanges"] = new JsonArray($"{session.Received.Length}-"),
            });
        _sessions.Remove(sessionId);
        return Store(session.Parent, session.Name, session.Received.ToArray());
    }

    // The pre-authenticated download URL: it needs no bearer token (Graph's own is not refused).
    private ResponseMessage Download(string itemId)
    {
        if (!_items.TryGetValue(itemId, out var file) || file.Content is null) return Reply(404, Error("itemNotFound", "No such file."));
        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/octet-stream") },
            BodyData = new BodyData { BodyAsBytes = file.Content, DetectedBodyType = BodyType.Bytes },
        };
    }

    private ResponseMessage Webhook(IRequestMessage request, string path)
    {
        if (request.Headers?.ContainsKey("Authorization") == true) Problems.Add("webhook call with an Authorization header");
        Cards.Add((path.Split('/')[2], JsonNode.Parse(request.Body ?? "null")!));
        return Reply(202, null);
    }

    private DriveEntry NewItem(string name, string? parentId, bool folder)
    {
        var id = "item-" + (++_nextId).ToString(CultureInfo.InvariantCulture);
        var entry = new DriveEntry(id, name, parentId, folder);
        _items[id] = entry;
        return entry;
    }

    private IEnumerable<DriveEntry> Children(string parentId) => _items.Values.Where(i => i.ParentId == parentId);

    private string PathOf(DriveEntry entry) =>
        entry.ParentId is null ? entry.Name : PathOf(_items[entry.ParentId]) + "/" + entry.Name;

    private JsonObject Json(DriveEntry entry)
    {
        var json = new JsonObject
        {
            ["id"] = entry.Id,
            ["name"] = entry.Name,
            ["size"] = entry.Content?.Length ?? 0,
            ["webUrl"] = "https://contoso.sharepoint.com/sites/amtza/Shared%20Documents/" + Uri.EscapeDataString(PathOf(entry)).Replace("%2F", "/"),
            ["parentReference"] = new JsonObject { ["driveId"] = DriveId, ["id"] = entry.ParentId },
        };
        if (entry.IsFolder) json["folder"] = new JsonObject { ["childCount"] = Children(entry.Id).Count() };
        else json["file"] = new JsonObject { ["mimeType"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
        return json;
    }

    private static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static ResponseMessage Reply(int status, JsonNode? body, params (string Name, string Value)[] headers)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            Headers = new Dictionary<string, WireMockList<string>>(),
        };
        foreach (var (name, value) in headers) response.Headers[name] = new WireMockList<string>(value);
        if (body is not null)
        {
            response.Headers["Content-Type"] = new WireMockList<string>("application/json");
            response.BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };
        }
        return response;
    }

    [GeneratedRegex("^/teams/([^/]+)/channels/([^/]+)/filesFolder$")]
    private static partial Regex FilesFolderRoute();

    // /drives/{drive}/items/{item}[:/{name}:][/action]
    [GeneratedRegex("^/drives/([^/]+)/items/([^/:]+)(?::/([^:]+):)?(/[A-Za-z]+)?$")]
    private static partial Regex ItemRoute();

    [GeneratedRegex(@"^bytes (\d+)-(\d+)/(\d+)$")]
    private static partial Regex ContentRange();

    public sealed record RequestSeen(string Method, string Path, DateTimeOffset At, bool HadAuthorization);

    public sealed record Chunk(string Session, long From, long To, long Total, int Length);

    public sealed class DriveEntry(string id, string name, string? parentId, bool isFolder)
    {
        public string Id { get; } = id;
        public string Name { get; } = name;
        public string? ParentId { get; } = parentId;
        public bool IsFolder { get; } = isFolder;
        public byte[]? Content { get; set; }
        public int Versions { get; set; }
    }

    private sealed class UploadSession(DriveEntry parent, string name)
    {
        public DriveEntry Parent { get; } = parent;
        public string Name { get; } = name;
        public MemoryStream Received { get; } = new();
    }
}
