using System.Text.Json.Serialization;

namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// The coordinators' monthly report of docs/metrics.md for month M, as of D = the last day of M.
/// Coordinator rows are per (coordinator, center): a coordinator with people in two centers
/// appears once in each center's workbook. An empty coordinator or center is "" there.
public sealed record CoordinatorReport(
    string Month,
    DateOnly AsOf,
    IReadOnlyList<TeamFigures> Coordinators,
    IReadOnlyList<TeamFigures> Centers,
    TeamFigures All);

/// One group's figures: `coordinator` appears on coordinator rows only, `center` on
/// coordinator and center rows; `all` has neither.
public sealed record TeamFigures
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Coordinator { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Center { get; init; }

    public int Active { get; init; }
    public int Total { get; init; }
    public int Placed { get; init; }
    public double? PlacementRate { get; init; }
    public int NewEnrolments { get; init; }
    public int Meetings { get; init; }
    public int Workshops { get; init; }
    public int Events { get; init; }
    public int FirstPlacements { get; init; }
    public IReadOnlyList<ContactDue> NoContact90 { get; init; } = [];
    public IReadOnlyList<FollowUpDue> FollowUpsDue { get; init; } = [];
}

/// A person to call: no contact since `LatestContact`, `DaysSince` days before D.
public sealed record ContactDue(string ParticipantId, string Name, string? Phone, DateOnly LatestContact, int DaysSince);

/// `AskedOn` and `Reached` (not in the JSON) say in the call list what the hub did: sent it
/// on that day, or could not send it at all.
public sealed record FollowUpDue(
    string ParticipantId, string Name, string? Phone, DateOnly LatestContact, int DaysSince, string Rule, DateOnly DueOn)
{
    [JsonIgnore]
    public DateOnly AskedOn { get; init; } = DueOn;

    [JsonIgnore]
    public bool Reached { get; init; } = true;
}
