using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Trust;
using static AmtzaHaderech.Integrations.Tests.Participants.People;

namespace AmtzaHaderech.Integrations.Tests.Referrals.Trust;

/// docs/matching.md, "Trust": what a claim would add to or change on the person it matched.
public sealed class ClaimComparisonTests
{
    private const string NationalId = "103456786";

    private static Participant Ronit() => Stored("p1", "רונית", "לוי", nationalId: NationalId, email: "ronit.levi@example.org",
        birthDate: Date("1968-03-14"), alternativeNames: new PersonName("רונית", "לוי-כהן")) with
    {
        SmsConsent = true,
        EmailConsent = true,
        City = "כפר סבא",
    };

    private static PersonDetails Claim() =>
        Incoming("רונית", "לוי", nationalId: NationalId, email: "ronit.levi@example.org", birthDate: Date("1968-03-14"));

    private static IReadOnlyList<ClaimDifference> Differences(PersonDetails claim, bool consented = true) =>
        ClaimComparison.Differences(claim, consented, Ronit());

    [Fact]
    public void Differences_IdenticalClaim_None() =>
        Assert.Empty(Differences(Claim()));

    [Fact]
    public void Differences_OnlyInWriting_None()
    {
        var claim = Claim() with { FirstName = "רוֹנִית", LastName = "לוי", Phones = ["050-1234567"], Email = "Ronit.Levi@Example.org" };

        Assert.Empty(Differences(claim));
    }

    [Theory]
    [InlineData("רונית", "לוי כהן")] // an alternative name, hyphen as a space
    [InlineData("לוי", "רונית")] // first and last swapped
    [InlineData("רונית לוי", "")] // the full name in the first-name field
    public void Differences_AKnownNameWrittenAnotherWay_None(string first, string last) =>
        Assert.Empty(Differences(Claim() with { FirstName = first, LastName = last }));

    [Fact]
    public void Differences_LeavesFieldsOut_None()
    {
        var claim = Claim() with { NationalId = null, Email = null, Phones = [], BirthDate = null };

        Assert.Empty(Differences(claim));
    }

    [Fact]
    public void Differences_TheAttackersClaim_EveryIdentityAndContactFieldSideBySide()
    {
        var claim = Claim() with
        {
            FirstName = "דנה",
            LastName = "כהן",
            BirthDate = Date("1970-01-01"),
            Phones = ["+972546660000"],
            Email = "attacker@evil.example",
        };

        var differences = Differences(claim);

        Assert.Equal(
        [
            new(ClaimFields.Name, "רונית לוי / רונית לוי-כהן", "דנה כהן"),
            new(ClaimFields.BirthDate, "1968-03-14", "1970-01-01"),
            new(ClaimFields.Phone, Phone, "+972546660000"),
            new(ClaimFields.Email, "ronit.levi@example.org", "attacker@evil.example"),
        ], differences);
    }

    [Fact]
    public void Differences_ANationalIdTheStoredPersonLacks_Listed()
    {
        var stored = Ronit() with { NationalId = null };

        var difference = Assert.Single(ClaimComparison.Differences(Claim(), true, stored));

        Assert.Equal(new ClaimDifference(ClaimFields.NationalId, "", NationalId), difference);
    }

    [Fact]
    public void Differences_ASecondPhone_ListsOnlyTheNewOne()
    {
        var difference = Assert.Single(Differences(Claim() with { Phones = [Phone, OtherPhone] }));

        Assert.Equal(new ClaimDifference(ClaimFields.Phone, Phone, OtherPhone), difference);
    }

    [Fact]
    public void Differences_BirthYearOfTheStoredDate_None() =>
        Assert.Empty(Differences(Claim() with { BirthDate = null, BirthYear = 1968 }));

    [Fact]
    public void Differences_BirthYearOfAnotherYear_Listed() =>
        Assert.Equal(new ClaimDifference(ClaimFields.BirthDate, "1968-03-14", "1969"),
            Assert.Single(Differences(Claim() with { BirthDate = null, BirthYear = 1969 })));

    [Fact]
    public void Differences_ConsentWithdrawn_BothConsentsListed()
    {
        var claim = Claim() with { SmsConsent = false, EmailConsent = false };

        Assert.Equal(
        [
            new(ClaimFields.SmsConsent, "yes", "no"),
            new(ClaimFields.EmailConsent, "yes", "no"),
        ], Differences(claim));
    }

    [Fact]
    public void Differences_NoConsentAtAll_WithdrawsBoth()
    {
        var differences = Differences(Claim(), consented: false);

        Assert.Equal([ClaimFields.SmsConsent, ClaimFields.EmailConsent], differences.Select(d => d.Field));
    }

    [Fact]
    public void Differences_ConsentTheStoredPersonNeverGave_Listed()
    {
        var stored = Ronit() with { EmailConsent = false };

        var difference = Assert.Single(ClaimComparison.Differences(Claim(), true, stored));

        Assert.Equal(new ClaimDifference(ClaimFields.EmailConsent, "no", "yes"), difference);
    }

    [Fact]
    public void Differences_OtherFieldsDiffer_None()
    {
        var claim = Claim() with { City = "רעננה", Gender = "M", YearsOfExperience = 3, MonthsOutOfWork = 40, DesiredScope = 50, Capacity = false };

        Assert.Empty(Differences(claim));
    }

    [Fact]
    public void Applicable_OtherFields_FillOnlyEmptyOnes()
    {
        var stored = Ronit() with { YearsOfExperience = 25 };
        var claim = Claim() with { City = "רעננה", YearsOfExperience = 3, MonthsOutOfWork = 7, Capacity = true };

        var applicable = ClaimComparison.Applicable(claim, stored);

        Assert.Equal(("כפר סבא", 25, 7, true), (applicable.City, applicable.YearsOfExperience, applicable.MonthsOutOfWork, applicable.Capacity));
    }

    [Fact]
    public void Applicable_MergedIntoThePerson_ChangesNoIdentityContactOrConsent()
    {
        var stored = Ronit() with { SmsConsent = false };
        var claim = Claim() with { FirstName = "לוי", LastName = "רונית", Phones = ["050-1234567"] };
        var record = new InboundRecord
        {
            Source = Sources.Intake,
            Key = "k",
            IdempotencyKey = "form:k",
            File = "intake-form",
            Row = 1,
            RecordDate = Date("2026-11-26"),
            RecruitmentChannel = RecruitmentChannels.Friend,
            Raw = new Dictionary<string, string?>(),
            Person = ClaimComparison.Applicable(claim, stored),
        };

        var merged = ParticipantMerge.Merge(stored, record, "ksb", DateTimeOffset.UnixEpoch);

        Assert.Equal((stored.NationalId, stored.FirstName, stored.LastName, stored.BirthDate), (merged.NationalId, merged.FirstName, merged.LastName, merged.BirthDate));
        Assert.Equal(stored.AlternativeNames, merged.AlternativeNames);
        Assert.Equal(stored.Phones, merged.Phones);
        Assert.Equal(stored.Emails, merged.Emails);
        Assert.Equal((false, true), (merged.SmsConsent, merged.EmailConsent));
    }
}
