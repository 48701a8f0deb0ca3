using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// Maps one CSV record to a typed row, reading the columns in file order so that the first bad
/// column names the quarantine reason.
internal static class SpotRecordParsers
{
    public static SpotParticipant Participant(SpotFieldReader f)
    {
        var participantId = f.Id("participant_id");
        var nationalId = f.Text("national_id");
        return new SpotParticipant
        {
            ParticipantId = participantId,
            NationalId = nationalId,
            NationalIdValid = nationalId is null || Common.IsraeliId.Normalize(nationalId) is not null,
            FirstName = f.Text("first_name"),
            LastName = f.Text("last_name"),
            BirthDate = f.Date("birth_date"),
            Gender = f.ClosedCode("gender", "F", "M"),
            Phone = f.Text("phone"),
            Email = f.Text("email"),
            City = f.Text("city"),
            Center = f.Text("center"),
            RecruitmentSource = f.Text("recruitment_source"),
            EnrolledOn = f.Date("enrolled_on"),
            ExitedOn = f.Date("exited_on"),
            ExitReason = f.Text("exit_reason"),
            Coordinator = f.Text("coordinator"),
            Track = f.Text("track"),
            Readiness = f.Text("readiness"),
        };
    }

    public static SpotEpisode Episode(SpotFieldReader f) => new()
    {
        EpisodeId = f.Id("episode_id"),
        ParticipantId = f.Id("participant_id"),
        StartDate = f.Date("start_date"),
        EndDate = f.Date("end_date"),
        Employer = f.Text("employer"),
        Occupation = f.Text("occupation"),
        ScopePercent = f.Integer("scope_percent", 1, 100),
        MonthlySalary = f.Decimal("monthly_salary", 0m),
        FoundVia = f.Text("found_via"),
        SelfEmployed = f.Boolean("self_employed"),
    };

    public static SpotActivity Activity(SpotFieldReader f) => new()
    {
        ActivityId = f.Id("activity_id"),
        ParticipantId = f.Id("participant_id"),
        Date = f.Date("date"),
        Type = f.Text("type"),
        Title = f.Text("title"),
        Coordinator = f.Text("coordinator"),
        Outcome = f.Text("outcome"),
    };
}
