using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Tests.Spot;

public sealed class SpotParticipantMappingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static SpotParticipant Row(string? nationalId = "768939100", string? source = "friend") => new()
    {
        ParticipantId = "P1",
        NationalId = nationalId,
        NationalIdValid = nationalId is null || AmtzaHaderech.Integrations.Common.IsraeliId.Normalize(nationalId) is not null,
        FirstName = "אבי",
        LastName = "שפירא",
        BirthDate = new DateOnly(1961, 10, 26),
        Phone = "050-7655194",
        Email = " User0@Example.org ",
        Center = "tlv",
        RecruitmentSource = source,
        EnrolledOn = new DateOnly(2018, 2, 13),
        Coordinator = "tlv-coord-1@example.org",
    };

    [Fact]
    public void Create_SpotRow_MapsFieldsAndNormalizesContacts()
    {
        var participant = SpotParticipantMapping.Create("H1", Row(), Now);

        Assert.Equal(("H1", "P1", "P1"), (participant.Id, participant.SpotId, participant.DisplayId));
        Assert.Equal("768939100", participant.NationalId);
        Assert.Equal(["+972507655194"], participant.Phones);
        Assert.Equal(["user0@example.org"], participant.Emails);
        Assert.Equal("friend", participant.RecruitmentChannel);
        Assert.Equal(1961, participant.BirthYear);
        Assert.Equal(["spot:P1"], participant.Sources);
    }

    [Fact]
    public void Create_BadCheckDigitAndNoSource_IdNotKeptAndChannelOther()
    {
        var participant = SpotParticipantMapping.Create("H1", Row(nationalId: "768939101", source: null), Now);

        Assert.Null(participant.NationalId);
        Assert.Equal(SpotParticipantMapping.DefaultChannel, participant.RecruitmentChannel);
    }

    [Fact]
    public void Merge_ExistingHubPerson_SpotWinsAndHubExtrasKept()
    {
        var existing = new Participant
        {
            Id = "H1",
            FirstName = "Avi",
            LastName = "Shapira",
            Phones = ["+972541111111"],
            RecruitmentChannel = "municipal",
            Sources = ["municipal:x"],
            SmsConsent = true,
            ExitedOn = new DateOnly(2019, 1, 1),
            Screening = new ScreeningResult("eligible", null, new DateOnly(2018, 1, 1)),
            CreatedAt = Now.AddYears(-1),
        };

        var merged = SpotParticipantMapping.Merge(existing, Row(), Now);

        Assert.Equal(("אבי", "שפירא"), (merged.FirstName, merged.LastName));
        Assert.Contains(new PersonName("Avi", "Shapira"), merged.AlternativeNames);
        Assert.Equal(["+972507655194", "+972541111111"], merged.Phones);
        Assert.Equal("friend", merged.RecruitmentChannel);
        Assert.Equal(["municipal:x", "spot:P1"], merged.Sources);
        Assert.True(merged.SmsConsent);
        Assert.NotNull(merged.Screening);
        Assert.Null(merged.ExitedOn); // SPOT's empty exit is its answer: still active
        Assert.Equal(existing.CreatedAt, merged.CreatedAt);
    }
}
