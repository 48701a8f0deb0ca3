using System.Text;
using AmtzaHaderech.Integrations.Spot.Files;
using AmtzaHaderech.Integrations.Spot.Outbox;

namespace AmtzaHaderech.Integrations.Tests.Spot;

public sealed class SpotImportFilesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_Participants_ExportColumnsPlusExternalIdAndChangedFields()
    {
        var change = new SpotChange
        {
            Id = "c1",
            Kind = SpotChangeKinds.Participant,
            ParticipantId = "H1",
            CreatedAt = Now,
            Fields = new Dictionary<string, string> { ["first_name"] = "רונית", ["city"] = "ת\"א", ["email"] = "a@example.org" },
            ChangedFields = ["email"],
        };

        var lines = Lines(SpotImportFiles.Render(SpotImportFiles.Participants, [change], _ => "P007"));

        Assert.Equal("participant_id,national_id,first_name,last_name,birth_date,gender,phone,email,city,center,recruitment_source,enrolled_on,exited_on,exit_reason,coordinator,track,readiness,external_id,changed_fields", lines[0]);
        Assert.Equal("P007,,רונית,,,,,a@example.org,\"ת\"\"א\",,,,,,,,,H1,email", lines[1]);
    }

    [Fact]
    public void Render_EmploymentStatusOfAPersonSpotDoesNotKnow_LeavesParticipantIdEmpty()
    {
        var change = SpotChanges.ForEmploymentStatus("f1", "H2", new SpotEmploymentStatus
        {
            AsOf = new DateOnly(2026, 11, 26),
            Status = SpotEmploymentStatus.NotEmployed,
            Source = "follow_up",
        }, Now);

        var lines = Lines(SpotImportFiles.Render(SpotImportFiles.EmploymentStatus, [change], _ => null));

        Assert.Equal(string.Join(',', SpotImportFiles.EmploymentStatusColumns), lines[0]);
        Assert.Equal(",H2,2026-11-26,not_employed,,,,,,,follow_up", lines[1]);
    }

    [Fact]
    public void Render_TextFromOutsideThatIsAFormula_NeutralizedPhonesAndNumbersAsTheyAre()
    {
        var person = new SpotChange
        {
            Id = "c2",
            Kind = SpotChangeKinds.Participant,
            ParticipantId = "H4",
            CreatedAt = Now,
            Fields = new Dictionary<string, string> { ["first_name"] = "דנה", ["city"] = "@SUM(1+1)", ["phone"] = "+972501234567", ["coordinator"] = "-c" },
            ChangedFields = ["city"],
        };
        var status = SpotChanges.ForEmploymentStatus("f2", "H4", new SpotEmploymentStatus
        {
            AsOf = new DateOnly(2026, 11, 26),
            Status = SpotEmploymentStatus.Employed,
            Employer = "=1+1",
            Occupation = "+cmd|calc",
            MonthlySalary = -1m,
            ScopePercent = 50,
            Source = "follow_up",
        }, Now);

        var participants = Lines(SpotImportFiles.Render(SpotImportFiles.Participants, [person], _ => null));
        var statuses = Lines(SpotImportFiles.Render(SpotImportFiles.EmploymentStatus, [status], _ => null));

        Assert.Equal(",,דנה,,,,+972501234567,,'@SUM(1+1),,,,,,'-c,,,H4,city", participants[1]);
        Assert.Equal(",H4,2026-11-26,employed,'=1+1,'+cmd|calc,50,-1,,,follow_up", statuses[1]);
    }

    [Fact]
    public void Render_ChangeOfAnotherKind_Throws()
    {
        var activity = SpotChanges.ForActivity("a1", "H3", new SpotActivityEntry { Date = new DateOnly(2026, 11, 26), Type = "sms" }, Now);

        Assert.Throws<InvalidOperationException>(() => SpotImportFiles.Render(SpotImportFiles.EmploymentStatus, [activity], _ => null));
    }

    private static string[] Lines(byte[] content)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), content[..3]);
        return Encoding.UTF8.GetString(content[3..]).Split("\r\n");
    }
}
