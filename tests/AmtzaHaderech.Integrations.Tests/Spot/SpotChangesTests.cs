using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Outbox;
using AmtzaHaderech.Integrations.Tests.Participants;

namespace AmtzaHaderech.Integrations.Tests.Spot;

public sealed class SpotChangesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ForParticipant_NewPerson_SetsEveryKnownColumn()
    {
        var person = People.Stored(nationalId: "103456786", birthDate: new DateOnly(1968, 3, 14)) with { City = "כפר סבא", Center = "ksb" };

        var change = SpotChanges.ForParticipant(new ParticipantChange("4521:700001", null, person), Now)!;

        Assert.Equal((SpotChangeKinds.Participant, "p1"), (change.Kind, change.ParticipantId));
        Assert.Equal(["national_id", "first_name", "last_name", "birth_date", "phone", "city", "center", "recruitment_source"], change.ChangedFields);
        Assert.Equal(("1968-03-14", "+972501234567", "employment_service"), (change.Fields["birth_date"], change.Fields["phone"], change.Fields["recruitment_source"]));
        Assert.False(change.Fields.ContainsKey("email"));
    }

    private static readonly ScreeningResult Eligible = new("eligible", null, new DateOnly(2026, 11, 24));

    [Fact]
    public void ForParticipant_MergeAddingEmail_ChangesThatColumnAlone()
    {
        var before = People.Stored(nationalId: "103456786") with { Screening = Eligible };
        var after = before with { Emails = ["ronit@example.org"], Phones = [People.Phone, People.OtherPhone] };

        var change = SpotChanges.ForParticipant(new ParticipantChange("4521:700006", before, after), Now)!;

        Assert.Equal(["email"], change.ChangedFields); // a second phone is not SPOT's (it has one)
        Assert.Equal("ronit@example.org", change.Fields["email"]);
    }

    [Fact]
    public void ForParticipant_MergeChangingNothingSpotShows_IsNull()
    {
        var before = People.Stored() with { SpotId = "P00700001" };

        Assert.Null(SpotChanges.ForParticipant(new ParticipantChange("4521:700006", before, before with { SmsConsent = true, Sources = ["a", "b"] }), Now));
    }

    [Fact]
    public void ForParticipant_RecordWithoutConsent_IsNull()
    {
        Assert.Null(SpotChanges.ForParticipant(new ParticipantChange("kfar-saba:+972501234567", null, People.Stored(), Consented: false), Now));
    }

    [Fact]
    public void ForParticipant_ConsentFinallyGivenForAPersonKeptWithout_SendsThemWhole()
    {
        var kept = People.Stored(nationalId: "103456786"); // never screened, never in SPOT
        var merged = kept with { Emails = ["ronit@example.org"], Screening = Eligible };

        var change = SpotChanges.ForParticipant(new ParticipantChange("kfar-saba:+972501234567", kept, merged), Now)!;

        Assert.Equal(["national_id", "first_name", "last_name", "phone", "email", "recruitment_source"], change.ChangedFields);
    }

    [Fact]
    public void IdFor_SameCauseAndKind_IsTheSameIdEveryTime()
    {
        var id = SpotChanges.IdFor("4521:700001", SpotChangeKinds.Participant);

        Assert.Equal(id, SpotChanges.IdFor("4521:700001", SpotChangeKinds.Participant));
        Assert.NotEqual(id, SpotChanges.IdFor("4521:700001", SpotChangeKinds.Activity));
        Assert.NotEqual(id, SpotChanges.IdFor("4521:700002", SpotChangeKinds.Participant));
        Assert.Equal(26, id.Length);
    }

    [Fact]
    public void FromData_ToEntryRoundTrip_KeepsTheChange()
    {
        var status = SpotChanges.ForEmploymentStatus("form:1", "p1", new SpotEmploymentStatus
        {
            AsOf = new DateOnly(2026, 11, 26),
            Status = SpotEmploymentStatus.Employed,
            MonthlySalary = 9500.5m,
            Source = "status_form",
        }, Now);

        var back = SpotChanges.FromData(SpotChanges.ToEntry(status).Data);

        Assert.Equal(status.EmploymentStatus, back.EmploymentStatus);
        Assert.Equal((status.Id, status.Kind, status.CreatedAt), (back.Id, back.Kind, back.CreatedAt));
    }
}
