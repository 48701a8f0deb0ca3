namespace AmtzaHaderech.Integrations.Spot.Export;

/// File names and columns of the export (docs/spot.md), in import order.
public static class SpotExportFiles
{
    public const string Participants = "participants.csv";
    public const string Employment = "employment.csv";
    public const string Activities = "activities.csv";

    public static readonly IReadOnlyList<string> ParticipantColumns =
    [
        "participant_id", "national_id", "first_name", "last_name", "birth_date", "gender", "phone",
        "email", "city", "center", "recruitment_source", "enrolled_on", "exited_on", "exit_reason",
        "coordinator", "track", "readiness",
    ];

    public static readonly IReadOnlyList<string> EmploymentColumns =
    [
        "episode_id", "participant_id", "start_date", "end_date", "employer", "occupation",
        "scope_percent", "monthly_salary", "found_via", "self_employed",
    ];

    public static readonly IReadOnlyList<string> ActivityColumns =
        ["activity_id", "participant_id", "date", "type", "title", "coordinator", "outcome"];
}
