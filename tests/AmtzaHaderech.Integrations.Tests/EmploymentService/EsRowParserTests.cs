using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Referrals;
using static AmtzaHaderech.Integrations.Tests.EmploymentService.EsRows;

namespace AmtzaHaderech.Integrations.Tests.EmploymentService;

public sealed class EsRowParserTests
{
    private readonly EsRowParser parser = new(ProgramCode);

    private InboundRecord Parse(Dictionary<string, string?> row, int rowNumber = 1) => parser.Parse(row, FileName, rowNumber, FileDate);

    [Fact]
    public void Parse_ValidRow_NormalizedPerson()
    {
        var raw = Valid();
        var record = Parse(raw);

        Assert.Null(record.Rejection);
        Assert.Empty(record.Warnings);
        Assert.Same(raw, record.Raw);
        Assert.Equal(("700001", "4521:700001", new DateOnly(2026, 11, 23)), (record.Key, record.IdempotencyKey, record.RecordDate));
        Assert.Equal((Sources.EmploymentService, RecruitmentChannels.EmploymentService, "bureau:113"), (record.Source, record.RecruitmentChannel, record.SubSource));
        var person = record.Person!;
        Assert.Equal(("103456786", "רונית", "לוי", new DateOnly(1968, 3, 14), "F"), (person.NationalId, person.FirstName, person.LastName, person.BirthDate, person.Gender));
        Assert.Equal(["+972501234567"], person.Phones);
        Assert.Equal(("ronit.levi@example.org", "כפר סבא"), (person.Email, person.City));
        Assert.Equal((6, 25, 100), (person.MonthsOutOfWork, person.YearsOfExperience, person.DesiredScope));
    }

    [Theory]
    // Several faults: the first in docs/cli.md's order wins.
    [InlineData("קוד_תכנית=9999", "misrouted")]
    [InlineData("קוד_תכנית=9999;שם_פרטי=;מספר_זהות=123456789;תאריך_לידה=x;טלפון_נייד=;דואל=", "misrouted")]
    [InlineData("שם_פרטי=;מספר_זהות=123456789;תאריך_לידה=x;טלפון_נייד=;דואל=", "missing_field:firstName")]
    [InlineData("מספר_הפניה=", "missing_field:referralId")]
    [InlineData("קוד_תכנית=", "missing_field:programCode")] // no code is missing, not misrouted
    [InlineData("שם_פרטי=  ;ישוב=", "missing_field:firstName")] // the first missing in the contract's order
    [InlineData("ישוב=!", "missing_field:city")] // the column itself absent
    [InlineData("תאריך_לידה=;שם_משפחה=", "missing_field:lastName")]
    [InlineData("מספר_זהות=123456789;תאריך_לידה=29/02/1961;טלפון_נייד=;דואל=", "national_id")]
    [InlineData("מספר_זהות=1234", "national_id")]
    [InlineData("מספר_זהות=1234567820", "national_id")]
    [InlineData("תאריך_לידה=29/02/1961;טלפון_נייד=;דואל=", "birth_date")] // 1961 is no leap year
    [InlineData("תאריך_לידה=1968-03-14", "birth_date")]
    [InlineData("תאריך_לידה=24/11/2026", "birth_date")] // after the referral
    [InlineData("תאריך_לידה=31/12/1899", "birth_date")]
    [InlineData("טלפון_נייד=;דואל=;מספר_הפניה=70A001", "no_contact")]
    [InlineData("טלפון_נייד=abc;טלפון_נוסף=123;דואל=not-an-address", "no_contact")] // bad values are no way to reach anyone
    [InlineData("מספר_הפניה=70A001;קוד_לשכה=12345", "bad_value:referralId")]
    [InlineData("קוד_לשכה=12345", "bad_value:bureauCode")]
    [InlineData("קוד_לשכה=11a", "bad_value:bureauCode")]
    [InlineData("תאריך_הפניה=2026-11-23", "bad_value:referralDate")]
    [InlineData("שם_פרטי=12345", "bad_value:firstName")]
    [InlineData("שם_משפחה=-", "bad_value:lastName")]
    [InlineData("שם_פרטי==HYPERLINK(\"http://evil.example/x\",\"לחצו\")", "bad_value:firstName")] // issue 17: no formula passes as a name
    [InlineData("שם_משפחה=+cmd|calc", "bad_value:lastName")]
    [InlineData("שם_פרטי=דנה@evil.example", "bad_value:firstName")]
    [InlineData("שם_פרטי=דנה:כהן", "bad_value:firstName")]
    [InlineData("שם_משפחה=כהן/לוי", "bad_value:lastName")]
    public void Parse_Faults_FirstReasonInCliOrder(string changes, string reason)
    {
        var record = Parse(With(changes));
        Assert.Equal(reason, record.Rejection);
        Assert.Null(record.Person);
    }

    [Fact]
    public void Parse_RejectedWithBadReferralDate_KeyKeptDateOfTheFile()
    {
        var record = Parse(With("תאריך_הפניה=31/11/2026"));
        Assert.Equal(("bad_value:referralDate", "700001", "4521:700001", FileDate), (record.Rejection, record.Key, record.IdempotencyKey, record.RecordDate));
    }

    [Fact]
    public void Parse_MisroutedRow_IdempotencyKeyOfItsOwnProgram() =>
        Assert.Equal("9999:700001", Parse(With("קוד_תכנית=9999")).IdempotencyKey);

    [Fact]
    public void Parse_NoReferralNumber_KeyedByPlaceInFile()
    {
        var record = Parse(With("מספר_הפניה="), rowNumber: 7);
        Assert.Equal(($"{FileName}:7", $"{FileName}:7"), (record.Key, record.IdempotencyKey));
    }

    [Theory]
    [InlineData("חודשי_אבטלה=abc", "bad_value:monthsOutOfWork")]
    [InlineData("חודשי_אבטלה=-1", "bad_value:monthsOutOfWork")]
    [InlineData("שנות_ניסיון=12.5", "bad_value:yearsOfExperience")]
    [InlineData("היקף_משרה_מבוקש=0", "bad_value:desiredScope")]
    [InlineData("היקף_משרה_מבוקש=150%", "bad_value:desiredScope")]
    [InlineData("היקף_משרה_מבוקש=גמישה", "bad_value:desiredScope")]
    [InlineData("מין=x", "bad_value:gender")]
    [InlineData("דואל=ronit@", "bad_value:email")]
    public void Parse_BadOptionalValue_WarningAndMissing(string changes, string warning)
    {
        var record = Parse(With(changes));
        Assert.Null(record.Rejection);
        Assert.Equal([warning], record.Warnings);
        var person = record.Person!;
        var field = warning["bad_value:".Length..];
        object? value = field switch
        {
            "monthsOutOfWork" => person.MonthsOutOfWork,
            "yearsOfExperience" => person.YearsOfExperience,
            "desiredScope" => person.DesiredScope,
            "gender" => person.Gender,
            _ => person.Email,
        };
        Assert.Null(value);
    }

    [Fact]
    public void Parse_BadMobileGoodPhone2_AcceptedWithThePhone2()
    {
        var record = Parse(With("טלפון_נייד=050;טלפון_נוסף=03-5551234;דואל="));
        Assert.Null(record.Rejection);
        Assert.Equal(["bad_value:mobile"], record.Warnings);
        Assert.Equal(["+97235551234"], record.Person!.Phones);
    }

    [Fact]
    public void Parse_EmailOnly_Accepted() =>
        Assert.Equal("ronit.levi@example.org", Parse(With("טלפון_נייד=")).Person!.Email);

    [Fact]
    public void Parse_BadPhone2_WarningAndMobileOnly()
    {
        var record = Parse(With("טלפון_נוסף=123"));
        Assert.Equal(["bad_value:phone2"], record.Warnings);
        Assert.Equal(["+972501234567"], record.Person!.Phones);
    }

    [Fact]
    public void Parse_SameNumberInTwoWritings_OnePhone() =>
        Assert.Equal(["+972501234567"], Parse(With("טלפון_נוסף=+972 50 123 4567")).Person!.Phones);

    [Theory]
    [InlineData("מלאה", 100)]
    [InlineData("חלקית", 50)]
    [InlineData("80", 80)]
    [InlineData("80%", 80)]
    [InlineData("", null)]
    public void Parse_DesiredScope_Percent(string scope, int? expected) =>
        Assert.Equal(expected, Parse(With($"היקף_משרה_מבוקש={scope}")).Person!.DesiredScope);

    [Theory]
    [InlineData("ז", "M")]
    [InlineData("נ", "F")]
    [InlineData("", null)]
    public void Parse_GenderLetter_SpotCode(string letter, string? expected)
    {
        var record = Parse(With($"מין={letter}"));
        Assert.Equal(expected, record.Person!.Gender);
        Assert.Empty(record.Warnings);
    }

    [Fact]
    public void Parse_EmailMixedCase_TrimmedLowerCase() =>
        Assert.Equal("ronit.levi@example.org", Parse(With("דואל= Ronit.Levi@EXAMPLE.org ")).Person!.Email);

    [Fact]
    public void Parse_FiveDigitId_PaddedToNine() =>
        Assert.Equal("000010009", Parse(With("מספר_זהות=10009")).Person!.NationalId);

    [Fact]
    public void Parse_LeapDayBirthDateInLeapYear_Valid() =>
        Assert.Equal(new DateOnly(1960, 2, 29), Parse(With("תאריך_לידה=29/02/1960")).Person!.BirthDate);

    [Fact]
    public void Parse_ValuesWithSpaces_Trimmed()
    {
        var record = Parse(With("מספר_הפניה= 700001 ;שם_פרטי= רונית ;ישוב= כפר סבא "));
        Assert.Equal(("700001", "רונית", "כפר סבא"), (record.Key, record.Person!.FirstName, record.Person.City));
    }
}
