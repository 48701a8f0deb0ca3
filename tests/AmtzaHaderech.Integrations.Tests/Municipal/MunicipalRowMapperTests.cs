using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tabular;
using Microsoft.Extensions.Options;
using static AmtzaHaderech.Integrations.Tests.Municipal.Lists;

namespace AmtzaHaderech.Integrations.Tests.Municipal;

public sealed class MunicipalRowMapperTests
{
    private const string FileName = "kfar-saba_2026-11.csv";
    private static readonly DateOnly FileDate = new(2026, 11, 1);
    private static readonly IdentityKeys Keys = new(Options.Create(new HubOptions { IdentityKeySecret = "unit-tests-identity-key-0123456789abcdef" }));

    /// A Kfar Saba row: the sample's first row with `header=value` changes (`;`-separated).
    private static Dictionary<string, ListCell> KfarSabaRow(string changes = "")
    {
        var row = new Dictionary<string, ListCell>(ListHeaders.Comparer)
        {
            ["שם מלא"] = new("מיכל אברהם"),
            ["טלפון"] = new("050-1010101"),
            ["דוא\"ל"] = new("michal@example.org"),
            ["שנת לידה"] = new("1966"),
            ["שכונה"] = new("הדרים"),
            ["מאשר/ת קבלת עדכונים"] = new("כן"),
            ["תאריך הרשמה"] = new("01/11/2026"),
        };
        foreach (var change in changes.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (header, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
            row[header] = new ListCell(value);
        }
        return row;
    }

    private static InboundRecord Map(Dictionary<string, ListCell> row, MunicipalProfile? profile = null, int rowNumber = 1) =>
        new MunicipalRowMapper(profile ?? KfarSaba, Keys).Map(row, FileName, rowNumber, FileDate);

    [Fact]
    public void Map_KfarSabaRow_NormalizedPersonWithConsent()
    {
        var record = Map(KfarSabaRow(), rowNumber: 3);

        Assert.Null(record.Rejection);
        Assert.Empty(record.Warnings);
        Assert.Equal((Sources.Municipal, "3", 3, FileName), (record.Source, record.Key, record.Row, record.File));
        Assert.Equal((RecruitmentChannels.Municipal, "kfar-saba", "ksb", true), (record.RecruitmentChannel, record.SubSource, record.CenterHint, record.AreaVouched));
        Assert.Equal(new DateOnly(2026, 11, 1), record.RecordDate);
        Assert.True(record.Consented);
        var person = record.Person!;
        Assert.Equal(("מיכל", "אברהם", 1966, (DateOnly?)null), (person.FirstName, person.LastName, person.BirthYear, person.BirthDate));
        Assert.Equal(["+972501010101"], person.Phones);
        Assert.Equal(("michal@example.org", "הדרים", (string?)null), (person.Email, person.Notes, person.City));
        Assert.Equal((true, true), (person.SmsConsent, person.EmailConsent));
        Assert.Equal("michal@example.org", record.Raw["דוא\"ל"]);
    }

    [Theory]
    [InlineData("שם מלא=דני", "דני", "")]
    [InlineData("שם מלא=  אנה   מריה  לוי ", "אנה מריה", "לוי")]
    [InlineData("שם מלא=בן-חיים", "בן-חיים", "")]
    public void Map_FullName_LastWordIsTheLastName(string change, string first, string last)
    {
        var person = Map(KfarSabaRow(change)).Person!;

        Assert.Equal((first, last), (person.FirstName, person.LastName));
    }

    [Theory]
    [InlineData("שם מלא=", "missing_field:firstName")]
    [InlineData("שם מלא=  ;טלפון=;דוא\"ל=", "missing_field:firstName")] // the first fault in docs/cli.md's order
    [InlineData("טלפון=;דוא\"ל=", "no_contact")]
    [InlineData("טלפון=123;דוא\"ל=not-an-address", "no_contact")] // bad values reach no one
    [InlineData("שם מלא=050-1010101", "bad_value:firstName")]
    [InlineData("שם מלא=מיכל 1234", "bad_value:lastName")]
    [InlineData("שם מלא==HYPERLINK(\"http://evil.example/x\",\"לחצו\") כהן", "bad_value:firstName")] // issue 17's list
    [InlineData("שם מלא=+cmd|calc אבי", "bad_value:firstName")]
    [InlineData("שם מלא=אבי @evil", "bad_value:lastName")]
    public void Map_FaultyRow_RejectedWithReason(string changes, string reason)
    {
        var record = Map(KfarSabaRow(changes));

        Assert.Equal(reason, record.Rejection);
        Assert.Null(record.Person);
    }

    [Fact]
    public void Map_EmailOnly_ReachableAndKeyedByEmail()
    {
        var record = Map(KfarSabaRow("טלפון="));
        var sameEmailOtherName = Map(KfarSabaRow("טלפון=;שם מלא=מיכל כהן"), rowNumber: 9);

        Assert.Null(record.Rejection);
        Assert.Equal(record.IdempotencyKey, sameEmailOtherName.IdempotencyKey);
    }

    [Fact]
    public void Map_SamePhoneAnotherRowOrList_SameKeyWithoutThePhone()
    {
        var first = Map(KfarSabaRow(), rowNumber: 1);
        var again = Map(KfarSabaRow("תאריך הרשמה=05/12/2026;דוא\"ל=other@example.org"), rowNumber: 7);
        var otherCity = Map(KfarSabaRow(), profile: WithMunicipality("raanana"));

        Assert.Equal(first.IdempotencyKey, again.IdempotencyKey);
        Assert.NotEqual(first.IdempotencyKey, otherCity.IdempotencyKey);
        Assert.StartsWith("kfar-saba:", first.IdempotencyKey);
        Assert.DoesNotContain("1010101", first.IdempotencyKey);
    }

    [Fact]
    public void Map_NoContact_KeyIsTheRowsPlace()
    {
        Assert.Equal($"{FileName}:4", Map(KfarSabaRow("טלפון=;דוא\"ל="), rowNumber: 4).IdempotencyKey);
    }

    [Theory]
    [InlineData("כן", true)]
    [InlineData("  כן ", true)]
    [InlineData("לא", false)]
    [InlineData("", false)]
    [InlineData("TRUE", false)] // not one of Kfar Saba's values
    public void Map_ConsentText_YesOnlyForTheProfilesValues(string value, bool consent)
    {
        var record = Map(KfarSabaRow($"מאשר/ת קבלת עדכונים={value}"));

        Assert.Equal(consent, record.Consented);
        Assert.Equal((consent, consent), (record.Person!.SmsConsent, record.Person.EmailConsent));
    }

    [Theory]
    [InlineData("v", CellKind.Text, true)] // case-insensitive
    [InlineData("true", CellKind.Text, true)]
    [InlineData("TRUE", CellKind.Boolean, true)]
    [InlineData("FALSE", CellKind.Boolean, false)]
    [InlineData("X", CellKind.Text, false)]
    public void Map_ModiinConsentCell_YesForValuesAndBooleanTrue(string text, CellKind kind, bool consent)
    {
        var row = ModiinRow();
        row["Newsletter"] = new ListCell(text, kind);

        Assert.Equal(consent, Map(row, Modiin).Consented);
    }

    [Fact]
    public void Map_BooleanTrueWithoutTrueAmongValues_StillYes()
    {
        var profile = Modiin;
        profile.ConsentValues = ["V"];
        var row = ModiinRow();
        row["Newsletter"] = new ListCell("TRUE", CellKind.Boolean);

        Assert.True(Map(row, profile).Consented);
    }

    [Fact]
    public void Map_ModiinRow_NamesCityAndSerialBirthDate()
    {
        var record = Map(ModiinRow(), Modiin);

        var person = record.Person!;
        Assert.Equal(("Avi", "Friedman", new DateOnly(1960, 8, 7)), (person.FirstName, person.LastName, person.BirthDate));
        Assert.Equal(("Modiin", "mod", "modiin"), (person.City, record.CenterHint, record.SubSource));
        Assert.Equal(FileDate, record.RecordDate); // no sign-up column: the file's date
    }

    [Theory]
    [InlineData("17/04/1971", "1971-04-17")]
    [InlineData("7/4/1971", "1971-04-07")]
    [InlineData("25999", "1971-03-07")] // `excel` among the formats: a serial written as text
    [InlineData("17/04/1971 00:00", "1971-04-17")]
    public void Map_BirthDateText_InTheProfilesFormats(string text, string expected)
    {
        var row = ModiinRow();
        row["Date of birth"] = new ListCell(text);

        Assert.Equal(DateOnly.Parse(expected), Map(row, Modiin).Person!.BirthDate);
    }

    [Theory]
    [InlineData("1971-04-17")] // not a format of the profile
    [InlineData("31/02/1971")]
    [InlineData("02/12/2026")] // after the list's date
    [InlineData("01/01/1899")]
    public void Map_BadBirthDate_WarningAndMissing(string text)
    {
        var row = ModiinRow();
        row["Date of birth"] = new ListCell(text);

        var record = Map(row, Modiin);

        Assert.Null(record.Rejection);
        Assert.Null(record.Person!.BirthDate);
        Assert.Equal(["bad_value:birthDate"], record.Warnings);
    }

    [Theory]
    [InlineData("שנת לידה=66", "bad_value:birthYear")]
    [InlineData("שנת לידה=2027", "bad_value:birthYear")]
    [InlineData("תאריך הרשמה=אתמול", "bad_value:signedUpOn")]
    [InlineData("טלפון=050-1010101 או 03-5551234;דוא\"ל=", "bad_value:phone")]
    [InlineData("דוא\"ל=michal@", "bad_value:email")]
    public void Map_BadOptionalValue_Warning(string changes, string warning)
    {
        var record = Map(KfarSabaRow(changes));

        Assert.Contains(warning, record.Warnings);
    }

    [Fact]
    public void Map_SignedUpOn_IsTheRecordDate()
    {
        Assert.Equal(new DateOnly(2026, 11, 5), Map(KfarSabaRow("תאריך הרשמה=05/11/2026")).RecordDate);
        Assert.Equal(FileDate, Map(KfarSabaRow("תאריך הרשמה=")).RecordDate);
    }

    [Fact]
    public void Map_TwoPhonesInACell_Both()
    {
        var person = Map(KfarSabaRow("טלפון=050-1010101 / 03-5551234")).Person!;

        Assert.Equal(["+972501010101", "+97235551234"], person.Phones);
    }

    [Fact]
    public void Map_AgeColumn_Age()
    {
        var profile = KfarSaba;
        profile.Columns["גיל"] = CanonicalFields.Age;

        var record = Map(KfarSabaRow("גיל=58"), profile);

        Assert.Equal(58, record.Person!.Age);
    }

    private static Dictionary<string, ListCell> ModiinRow() => new(ListHeaders.Comparer)
    {
        ["First name"] = new("Avi"),
        ["Last name"] = new("Friedman"),
        ["Mobile"] = new("0507070707"),
        ["Email"] = ListCell.Empty,
        ["Date of birth"] = new("22135", CellKind.Number, new DateOnly(1960, 8, 7)),
        ["City"] = new("Modiin"),
        ["Newsletter"] = new("V"),
    };

    private static MunicipalProfile WithMunicipality(string id)
    {
        var profile = KfarSaba;
        profile.Municipality.Id = id;
        return profile;
    }
}
