using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tabular;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tests.Intake.Exports;

public sealed class IntakeExportRowMapperTests
{
    private const string ProfileId = "microsoft-forms";
    private const string FileName = "microsoft-forms_2026-11.csv";
    private static readonly DateOnly FileDate = new(2026, 11, 1);
    private static readonly IdentityKeys Keys = new(Options.Create(new HubOptions { IdentityKeySecret = "unit-tests-identity-key-0123456789abcdef" }));
    private static IntakeProfile Profile => ShippedDefaults.IntakeExports().Find(ProfileId)!;

    /// The sample's rows as the sheet reader gives them.
    private static async Task<List<(int Row, IReadOnlyDictionary<string, ListCell> Cells)>> SampleRows()
    {
        var file = InboundFile.FromPath(Path.Combine(AppContext.BaseDirectory, "samples", "intake", FileName));
        var sheet = new ProfiledSheet(Profile);
        var check = await sheet.CheckAsync(file);
        var rows = new List<(int, IReadOnlyDictionary<string, ListCell>)>();
        await foreach (var row in sheet.ReadRowsAsync(file, check.Encoding)) rows.Add(row);
        return rows;
    }

    /// The sample's first row with `column=value` changes.
    private static async Task<InboundRecord> MapFirst(params string[] changes)
    {
        var cells = new Dictionary<string, ListCell>((await SampleRows())[0].Cells, ListHeaders.Comparer);
        foreach (var change in changes)
            cells[change[..change.IndexOf('=')]] = new ListCell(change[(change.IndexOf('=') + 1)..]);
        return Map(cells);
    }

    private static InboundRecord Map(IReadOnlyDictionary<string, ListCell> cells, int row = 1, string file = FileName) =>
        new IntakeExportRowMapper(ProfileId, Profile, Keys).Map(cells, file, row, FileDate);

    [Fact]
    public async Task Map_SampleFirstRow_GivesTheFormsAnswersAsOfSubmission()
    {
        var record = await MapFirst();

        Assert.Null(record.Rejection);
        Assert.Equal((Sources.Intake, "1", ProfileId, RecruitmentChannels.SocialMedia), (record.Source, record.Key, record.SubSource, record.RecruitmentChannel));
        Assert.Equal(new DateOnly(2026, 11, 20), record.RecordDate);
        Assert.True(record.Consented);
        var person = record.Person!;
        Assert.Equal(("דנה", "אברהם", "312345671", "F"), (person.FirstName, person.LastName, person.NationalId, person.Gender));
        Assert.Equal(new DateOnly(1966, 5, 20), person.BirthDate);
        Assert.Equal(["+972523344556"], person.Phones);
        // 1 March 2026 to 20 November 2026.
        Assert.Equal((8, 22, 100, true), (person.MonthsOutOfWork, person.YearsOfExperience, person.DesiredScope, person.Capacity));
        Assert.Equal("עיסוק אחרון: מנהלת חשבונות; מסלול מועדף: salaried", person.Notes);
        Assert.Equal((true, true), (person.SmsConsent, person.EmailConsent));
        Assert.Empty(record.Warnings);
    }

    [Fact]
    public async Task Map_SampleRows_GiveConsentAndRejectionAsTheSampleIntends()
    {
        var records = (await SampleRows()).Select(r => Map(r.Cells, r.Row)).ToList();

        Assert.Equal([true, false, true, true], records.Select(r => r.Consented));
        Assert.Equal([null, null, "national_id", null], records.Select(r => r.Rejection));
        Assert.Equal(RecruitmentChannels.Friend, records[1].RecruitmentChannel);
        Assert.Equal(50, records[1].Person!.DesiredScope);
        Assert.EndsWith("מסלול מועדף: not_sure", records[1].Person!.Notes);
    }

    [Theory]
    [InlineData("שם פרטי=", "missing_field:firstName")]
    [InlineData("שעת השלמה=", "missing_field:submittedAt")]
    [InlineData("מספר תעודת זהות=12345678", "national_id")]
    [InlineData("תאריך לידה=31/31/1966", "birth_date")]
    [InlineData("תאריך לידה=1/1/2027", "birth_date")]
    [InlineData("טלפון נייד=;כתובת דואר אלקטרוני=", "no_contact")]
    [InlineData("שם משפחה=אברהם2", "bad_value:lastName")]
    [InlineData("שם פרטי==HYPERLINK(\"http://evil.example/x\",\"לחצו\")", "bad_value:firstName")]
    [InlineData("שם משפחה=+cmd|calc", "bad_value:lastName")]
    [InlineData("שם פרטי=חשבונך נחסם. לאימות היכנסו ל evil.example", "bad_value:firstName")]
    public async Task Map_FaultyRow_IsRejectedWithCliReason(string changes, string reason)
    {
        var record = await MapFirst(changes.Split(';'));

        Assert.Equal(reason, record.Rejection);
        Assert.Null(record.Person);
    }

    [Fact]
    public async Task Map_NationalIdAndBirthDateBothBad_NationalIdComesFirst()
    {
        var record = await MapFirst("מספר תעודת זהות=123456780", "תאריך לידה=never");

        Assert.Equal("national_id", record.Rejection);
    }

    [Fact]
    public async Task Map_NoNationalId_IsAcceptedAndKeyedByContactAndSubmission()
    {
        var record = await MapFirst("מספר תעודת זהות=");
        var later = await MapFirst("מספר תעודת זהות=", "שעת השלמה=11/25/2026 08:00");

        Assert.Null(record.Rejection);
        Assert.Null(record.Person!.NationalId);
        Assert.NotEqual(record.IdempotencyKey, later.IdempotencyKey);
    }

    [Fact]
    public async Task Map_SamePersonInAnotherFileAndRow_HasTheSameKeyWithoutPersonalData()
    {
        var cells = (await SampleRows())[0].Cells;

        var first = Map(cells, 1, FileName);
        var again = Map(cells, 7, "microsoft-forms_2026-12.csv");

        Assert.Equal(first.IdempotencyKey, again.IdempotencyKey);
        Assert.StartsWith("export:microsoft-forms:", first.IdempotencyKey);
        Assert.DoesNotContain("312345671", first.IdempotencyKey);
    }

    [Theory]
    [InlineData("איך שמעת עלינו?=שירות התעסוקה", RecruitmentChannels.EmploymentService)] // the form's own label
    [InlineData("איך שמעת עלינו?=municipal", RecruitmentChannels.Municipal)] // a code
    [InlineData("איך שמעת עלינו?=חבר/ה", RecruitmentChannels.Friend)] // the profile's words
    [InlineData("איך שמעת עלינו?=", RecruitmentChannels.Other)]
    public async Task Map_HeardVia_IsTheRecruitmentChannel(string change, string channel)
    {
        Assert.Equal(channel, (await MapFirst(change)).RecruitmentChannel);
    }

    [Fact]
    public async Task Map_UnknownAnswers_AreWarningsAndMissing()
    {
        var record = await MapFirst("איך שמעת עלינו?=רדיו", "האם את/ה מסוגל/ת לעבוד כיום?=אולי", "מאיזה חודש אינך עובד/ת? (חודש/שנה)=12/2026",
            "איזה היקף משרה את/ה מחפש/ת?=הרבה", "מין=?");

        Assert.Null(record.Rejection);
        Assert.Equal(RecruitmentChannels.Other, record.RecruitmentChannel);
        Assert.Equal((null, null, null, null), (record.Person!.Capacity, record.Person.MonthsOutOfWork, record.Person.DesiredScope, record.Person.Gender));
        string[] expected = ["bad_value:capacity", "bad_value:desiredScope", "bad_value:gender", "bad_value:heardVia", "bad_value:outOfWorkSince"];
        Assert.Equal(expected, record.Warnings.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("לא", false)]
    [InlineData("no", false)]
    [InlineData("yes", true)]
    public async Task Map_CapacityAnswer_IsTheDeclaration(string answer, bool capacity)
    {
        Assert.Equal(capacity, (await MapFirst($"האם את/ה מסוגל/ת לעבוד כיום?={answer}")).Person!.Capacity);
    }

    [Fact]
    public async Task Map_NoPrivacyConsent_IsKeptWithoutConsent()
    {
        var record = await MapFirst("אני מאשר/ת את הודעת הפרטיות=לא");

        Assert.False(record.Consented);
        Assert.NotNull(record.Person);
        Assert.Null(record.Rejection);
    }
}
