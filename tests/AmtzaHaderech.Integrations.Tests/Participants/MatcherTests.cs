using AmtzaHaderech.Integrations.Participants;
using static AmtzaHaderech.Integrations.Tests.Participants.People;

namespace AmtzaHaderech.Integrations.Tests.Participants;

/// docs/matching.md's rules 1-5 for one pair of records.
public sealed class MatcherTests
{
    private static readonly DateOnly Birth = Date("1968-03-14");

    [Fact]
    public void Compare_SameNationalIdOtherDetailsDiffer_SamePersonByRule1()
    {
        var match = Matcher.Compare(
            Incoming("Ronit", "Levi-Cohen", nationalId: "103456786", phone: OtherPhone, birthDate: Date("1970-01-01")),
            Stored(nationalId: "103456786", birthDate: Birth));
        Assert.Equal(new PairMatch(MatchVerdict.SamePerson, 1), match);
    }

    [Fact]
    public void Compare_SpousesSharingPhoneAndEmailWithDifferentIds_DifferentPeopleByRule1()
    {
        // Everything but the ID agrees: rule 1 decides before phone, e-mail, name or birth date.
        var match = Matcher.Compare(
            Incoming("רונית", "לוי", nationalId: "123456782", email: "levi@example.org", birthDate: Birth),
            Stored(first: "רונית", last: "לוי", nationalId: "103456786", email: "levi@example.org", birthDate: Birth));
        Assert.Equal(new PairMatch(MatchVerdict.DifferentPeople, 1), match);
    }

    [Fact]
    public void Compare_SamePhoneSameBirthDateNamesDiffer_SamePersonByRule2() =>
        Assert.Equal(new PairMatch(MatchVerdict.SamePerson, 2),
            Matcher.Compare(Incoming("Ronit", "Levi", birthDate: Birth), Stored(first: "רונית", last: "כהן", birthDate: Birth)));

    [Fact]
    public void Compare_SameEmailSameBirthDate_SamePersonByRule2() =>
        Assert.Equal(new PairMatch(MatchVerdict.SamePerson, 2),
            Matcher.Compare(Incoming(phone: null, email: "ronit@example.org", birthDate: Birth),
                Stored(phone: OtherPhone, email: "ronit@example.org", birthDate: Birth)));

    [Fact]
    public void Compare_OnlyOneSideHasAnId_RulesAfter1Apply() =>
        Assert.Equal(new PairMatch(MatchVerdict.SamePerson, 2),
            Matcher.Compare(Incoming(nationalId: "103456786", birthDate: Birth), Stored(birthDate: Birth)));

    [Fact]
    public void Compare_NoSharedPhoneOrEmail_NoMatchRule5() =>
        Assert.Equal(new PairMatch(MatchVerdict.NoMatch, 5),
            Matcher.Compare(Incoming(phone: OtherPhone, email: "a@example.org", birthDate: Birth),
                Stored(email: "b@example.org", birthDate: Birth)));

    [Theory]
    [InlineData("רוֹנִית", "לוי")] // the same name after normalization
    [InlineData("לוי", "רונית")] // first and last swapped
    [InlineData("רונית", "לויי")] // Jaro-Winkler >= 0.92 in the same script
    public void Compare_SharedPhoneNamesAgree_SamePersonByRule3(string first, string last) =>
        Assert.Equal(new PairMatch(MatchVerdict.SamePerson, 3), Matcher.Compare(Incoming(first, last), Stored()));

    [Theory]
    [InlineData("1968-03-14", null, null, 1968)] // a year agrees with a date in that year
    [InlineData("1968-03-14", null, null, null)] // nothing to disagree with
    [InlineData(null, 1968, null, 1968)] // two equal years are not "same birth date" (rule 2), but do not disagree
    public void Compare_BirthDetailsDoNotDisagree_SamePersonByRule3(string? incomingDate, int? incomingYear, string? storedDate, int? storedYear) =>
        Assert.Equal(new PairMatch(MatchVerdict.SamePerson, 3), Matcher.Compare(
            Incoming(birthDate: incomingDate is null ? null : Date(incomingDate), birthYear: incomingYear),
            Stored(birthDate: storedDate is null ? null : Date(storedDate), birthYear: storedYear)));

    [Theory]
    [InlineData("1968-03-14", null, "1968-03-15", null)] // two dates
    [InlineData("1968-03-14", null, null, 1969)] // a date and another year
    [InlineData(null, 1968, "1969-01-01", null)]
    [InlineData(null, 1968, null, 1969)]
    public void Compare_NamesAgreeBirthDisagrees_ReviewByRule4(string? incomingDate, int? incomingYear, string? storedDate, int? storedYear) =>
        Assert.Equal(new PairMatch(MatchVerdict.Review, 4), Matcher.Compare(
            Incoming(birthDate: incomingDate is null ? null : Date(incomingDate), birthYear: incomingYear),
            Stored(birthDate: storedDate is null ? null : Date(storedDate), birthYear: storedYear)));

    [Theory]
    [InlineData("דוד", "לוי", "רונית", "לוי")] // a spouse without an ID on the shared landline
    [InlineData("Ольга", "Петрова", "Olga", "Petrova")] // different scripts
    [InlineData("אולגה", "פטרובה", "Olga", "Petrova")]
    [InlineData("אברהם", "גולדשטיין", "אברהם", "גולדברג")] // JW 0.887 with a 4-character prefix
    [InlineData("אליהו", "בן חיים", "אליהו", "בן דוד")]
    [InlineData("Natalia", "Goldman", "Natalia", "Goldberg")] // JW 0.910
    public void Compare_SharedPhoneNamesDisagree_ReviewByRule4(string first, string last, string storedFirst, string storedLast) =>
        Assert.Equal(new PairMatch(MatchVerdict.Review, 4), Matcher.Compare(Incoming(first, last), Stored(first: storedFirst, last: storedLast)));

    [Fact]
    public void Compare_BirthYearAloneEqual_NotSameBirthDate() =>
        // Same phone and same year, different people in the house: a year never fires rule 2.
        Assert.Equal(new PairMatch(MatchVerdict.Review, 4),
            Matcher.Compare(Incoming("דוד", "לוי", birthYear: 1968), Stored(birthYear: 1968)));

    [Fact]
    public void Compare_IncomingMatchesAnAlternativeName_SamePersonByRule3() =>
        Assert.Equal(new PairMatch(MatchVerdict.SamePerson, 3), Matcher.Compare(
            Incoming("אולגה", "פטרובה"),
            Stored(first: "Olga", last: "Petrova", alternativeNames: [new("Ольга", "Петрова"), new("אולגה", "פטרובה")])));

    [Theory]
    [InlineData("רונית", "לוי", "רונית", "לוי", true)]
    [InlineData("רונית", "", "רונית", "", true)]
    [InlineData("", "", "", "", false)] // no name agrees with nothing
    [InlineData("Ronit", "Levy", "ronit", "levi", true)]
    [InlineData("Ronit", "Levi", "רונית", "לוי", false)]
    public void NamesAgree_Pairs_Expected(string fa, string la, string fb, string lb, bool expected) =>
        Assert.Equal(expected, Matcher.NamesAgree(fa, la, fb, lb));
}
