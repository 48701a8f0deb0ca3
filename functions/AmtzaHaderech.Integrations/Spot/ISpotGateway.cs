using System.Text.Json.Serialization;

namespace AmtzaHaderech.Integrations.Spot;

/// The one seam between the hub and SPOT (docs/spot.md): `api` mode talks to SPOT's REST interface,
/// `file` mode writes bulk-import files for staff and reads SPOT's exports instead of pulling.
/// A different real interface means another implementation of this, nothing else.
public interface ISpotGateway
{
    string Mode { get; }

    /// Delivers pending outbox changes: everyone's, or one person's (`scope`).
    Task<SpotPushResult> PushAsync(SpotPushScope scope, CancellationToken cancellationToken = default);

    /// Brings SPOT's changes since the last pull into the mirror.
    Task<SpotPullResult> PullAsync(CancellationToken cancellationToken = default);
}

/// Which pending changes a push takes: `Due` those whose next attempt has come (the sweep),
/// `All` every pending one now (an operator's `amtza spot push`), or one person's due changes
/// (the queue message written with them).
public sealed record SpotPushScope(string? ParticipantId, bool IgnoreSchedule)
{
    public static readonly SpotPushScope Due = new(null, false);
    public static readonly SpotPushScope All = new(null, true);
    public static SpotPushScope Person(string participantId) => new(participantId, false);
}

/// docs/cli.md `spot push`: `{"sent", "pending", "failed": [{"id", "error"}]}`, plus the mode and,
/// in file mode, the import files written.
public sealed record SpotPushResult
{
    public required string Mode { get; init; }
    public int Sent { get; init; }
    public int Pending { get; init; }
    public IReadOnlyList<SpotFailure> Failed { get; init; } = [];
    public IReadOnlyList<SpotImportFile> Files { get; init; } = [];
}

/// docs/cli.md `spot pull`: `{"pulled", "pending", "failed"}`. `Pending`: the feeds (participants,
/// employment-episodes, activities) not brought up to date, resumed from their checkpoint next
/// time; `Failed`: rows SPOT sent that could not be stored, and feeds that failed.
public sealed record SpotPullResult
{
    public required string Mode { get; init; }
    public int Pulled { get; init; }
    public int Pending { get; init; }
    public IReadOnlyList<SpotFailure> Failed { get; init; } = [];
}

/// A change (or pulled row, or feed) that did not get through: `State` is `pending` (it will be
/// tried again by itself) or `quarantined` (SPOT refused it; an operator must look).
public sealed record SpotFailure(string Id, string Error)
{
    public string? Kind { get; init; }
    public string? ParticipantId { get; init; }
    public string? State { get; init; }
}

/// A bulk-import file written for staff: `outbound/{Blob}`.
public sealed record SpotImportFile(string Name, string Kind, int Rows, string Blob)
{
    [JsonIgnore] public string Container => Storage.StorageNames.Containers.Outbound;
}
