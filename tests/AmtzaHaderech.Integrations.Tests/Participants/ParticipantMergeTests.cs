using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using static AmtzaHaderech.Integrations.Tests.Participants.People;

namespace AmtzaHaderech.Integrations.Tests.Participants;

/// docs/matching.md's merge policy: fill the gaps, keep conflicts as alternatives, never overwrite.
public sealed class ParticipantMergeTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private static InboundRecord Record(PersonDetails person, string key = "4521:700001", string channel = RecruitmentChannels.EmploymentService) => new()
    {
        Source = Sources.EmploymentService,
        Key = key,
        IdempotencyKey = key,
        File = "es-referrals_4521_20261124_01.csv",
        Row = 1,
        RecordDate = Date("2026-11-23"),
        RecruitmentChannel = channel,
        SubSource = "bureau:113",
        Raw = new Dictionary<string, string?>(),
        Person = person,
    };

    private static Participant Existing() => Stored("p1", "Ronit", "Levi", phone: Phone, email: "ronit@example.org") with
    {
        City = "כפר סבא",
        Center = "ksb",
        Gender = "F",
        RecruitmentChannel = RecruitmentChannels.SocialMedia,
        Sources = ["facebook:1"],
        CreatedAt = Created,
    };

    [Fact]
    public void Create_Record_PersonWithItsChannelAndSource()
    {
        var person = Incoming(nationalId: "103456786", email: "ronit@example.org", birthDate: Date("1968-03-14")) with { City = "רעננה" };
        var created = ParticipantMerge.Create("p9", Record(person), "ksb", Now);

        Assert.Equal(("p9", "103456786", 1968, "ksb"), (created.Id, created.NationalId, created.BirthYear, created.Center));
        Assert.Equal([Phone], created.Phones);
        Assert.Equal(["ronit@example.org"], created.Emails);
        Assert.Equal(["4521:700001"], created.Sources);
        Assert.Equal((RecruitmentChannels.EmploymentService, "bureau:113"), (created.RecruitmentChannel, created.SubSource));
        Assert.Equal((Now, Now), (created.CreatedAt, created.UpdatedAt));
    }

    [Fact]
    public void Merge_EmptyFields_FilledFromTheRecord()
    {
        var person = Incoming("Ronit", "Levi", nationalId: "103456786", birthDate: Date("1968-03-14")) with
        {
            MonthsOutOfWork = 6,
            YearsOfExperience = 25,
            DesiredScope = 100,
        };
        var merged = ParticipantMerge.Merge(Existing(), Record(person), "tlv", Now);

        Assert.Equal(("103456786", Date("1968-03-14"), 1968), (merged.NationalId, merged.BirthDate, merged.BirthYear));
        Assert.Equal((6, 25, 100), (merged.MonthsOutOfWork, merged.YearsOfExperience, merged.DesiredScope));
    }

    [Fact]
    public void Merge_ConflictingValues_ExistingKeptNewOnesAsAlternatives()
    {
        var person = Incoming("רונית", "לוי-כהן", phone: OtherPhone, email: "ronit.levi@example.org") with { City = "תל אביב", Gender = "M" };
        var merged = ParticipantMerge.Merge(Existing(), Record(person), "tlv", Now);

        Assert.Equal(("Ronit", "Levi"), (merged.FirstName, merged.LastName));
        Assert.Equal([new PersonName("רונית", "לוי-כהן")], merged.AlternativeNames);
        Assert.Equal([Phone, OtherPhone], merged.Phones); // the primary one stays first
        Assert.Equal(["ronit@example.org", "ronit.levi@example.org"], merged.Emails);
        Assert.Equal(("כפר סבא", "ksb", "F"), (merged.City, merged.Center, merged.Gender));
    }

    [Fact]
    public void Merge_SecondArrival_ChannelOfTheFirstSourcesOfBoth()
    {
        var merged = ParticipantMerge.Merge(Existing(), Record(Incoming("Ronit", "Levi")), null, Now);

        Assert.Equal(RecruitmentChannels.SocialMedia, merged.RecruitmentChannel);
        Assert.Equal(["facebook:1", "4521:700001"], merged.Sources);
        Assert.Equal((Created, Now), (merged.CreatedAt, merged.UpdatedAt));
    }

    [Fact]
    public void Merge_SameValuesAgain_NothingRepeated()
    {
        var existing = Existing() with { AlternativeNames = [new("רונית", "לוי")] };
        var record = Record(Incoming("רוֹנִית", "לוי", email: "ronit@example.org"), key: "facebook:1");
        var merged = ParticipantMerge.Merge(existing, record, null, Now);

        Assert.Equal([new PersonName("רונית", "לוי")], merged.AlternativeNames); // a niqqud spelling is the same name
        Assert.Equal([Phone], merged.Phones);
        Assert.Equal(["ronit@example.org"], merged.Emails);
        Assert.Equal(["facebook:1"], merged.Sources);
    }

    [Fact]
    public void Merge_ExistingWithoutName_TakesTheRecordsName()
    {
        var merged = ParticipantMerge.Merge(Existing() with { FirstName = "", LastName = "" }, Record(Incoming("רונית", "לוי")), null, Now);
        Assert.Equal(("רונית", "לוי"), (merged.FirstName, merged.LastName));
        Assert.Empty(merged.AlternativeNames);
    }

    [Fact]
    public void Combined_GapsInRecord_FilledFromPersonRecordWins()
    {
        var existing = Existing() with { BirthDate = Date("1968-03-14"), MonthsOutOfWork = 3, DesiredScope = 50 };
        var combined = ParticipantMerge.Combined(Incoming() with { MonthsOutOfWork = 6, City = "רעננה" }, existing);

        Assert.Equal((Date("1968-03-14"), 6, 50, "רעננה"), (combined.BirthDate, combined.MonthsOutOfWork, combined.DesiredScope, combined.City));
    }
}
