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
