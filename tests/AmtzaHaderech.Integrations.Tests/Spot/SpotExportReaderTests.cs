using System.Text;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Tests.Common;

namespace AmtzaHaderech.Integrations.Tests.Spot;

public sealed class SpotExportReaderTests
{
    private const string ParticipantHeader =
        "participant_id,national_id,first_name,last_name,birth_date,gender,phone,email,city,center,recruitment_source,enrolled_on,exited_on,exit_reason,coordinator,track,readiness";

    private const string EmploymentHeader =
        "episode_id,participant_id,start_date,end_date,employer,occupation,scope_percent,monthly_salary,found_via,self_employed";

    private const string ActivityHeader = "activity_id,participant_id,date,type,title,coordinator,outcome";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadParticipantsAsync_WithOrWithoutBom_ReadsTheFirstColumn(bool bom)
    {
        var rows = await ReadAll(SpotExportReader.ReadParticipantsAsync(Csv(bom,
            ParticipantHeader,
            "P1,768939100,אבי,שפירא,1961-10-26,M,+972507655194,a@example.org,כפר סבא,tlv,friend,2018-02-13,,,c1@example.org,salaried,green")));

        var participant = Assert.Single(rows).Record!;
        Assert.Equal("P1", participant.ParticipantId);
        Assert.Equal(new DateOnly(1961, 10, 26), participant.BirthDate);
        Assert.Equal(new DateOnly(2018, 2, 13), participant.EnrolledOn);
        Assert.Null(participant.ExitedOn);
        Assert.Equal("שפירא", participant.LastName);
    }

    [Fact]
    public async Task ReadParticipantsAsync_BadDateAndMissingId_QuarantinesThoseRowsOnly()
    {
        var rows = await ReadAll(SpotExportReader.ReadParticipantsAsync(Csv(true,
            ParticipantHeader,
            "P1,,A,B,1961-13-26,,,,,tlv,,2018-02-13,,,,,",
            ",,A,B,1961-10-26,,,,,tlv,,2018-02-13,,,,,",
            "P3,,A,B,1961-10-26,,,,,tlv,,13/02/2018,,,,,",
            "P4,,A,B,,,,,,tlv,,2018-02-13,,,,,")));

        Assert.Equal(
            [
                new SpotQuarantine("participants.csv", 1, "bad_date:birth_date"),
                new SpotQuarantine("participants.csv", 2, "missing:participant_id"),
                new SpotQuarantine("participants.csv", 3, "bad_date:enrolled_on"),
            ],
            rows.Where(r => r.IsQuarantined).Select(r => r.Quarantine));
        var kept = Assert.Single(rows, r => !r.IsQuarantined);
        Assert.Equal((4, "P4"), (kept.Row, kept.Record!.ParticipantId));
        Assert.Null(kept.Record.BirthDate);
    }

    [Fact]
    public async Task ReadParticipantsAsync_CodesOutsideTheirLists_KeepsThemAsGiven()
    {
        var rows = await ReadAll(SpotExportReader.ReadParticipantsAsync(Csv(false,
            ParticipantHeader,
            "P1,,A,B,,f,,,,haifa,radio,2018-02-13,2018-05-01,moved_abroad,,apprenticeship,blue")));

        var p = Assert.Single(rows).Record!;
        Assert.Equal(("haifa", "radio", "moved_abroad", "apprenticeship", "blue"), (p.Center, p.RecruitmentSource, p.ExitReason, p.Track, p.Readiness));
        Assert.Equal("F", p.Gender);
    }

    [Fact]
    public async Task ReadParticipantsAsync_UnknownGender_QuarantinesTheRow()
    {
        var rows = await ReadAll(SpotExportReader.ReadParticipantsAsync(Csv(false, ParticipantHeader, "P1,,A,B,,X,,,,tlv,,,,,,,")));

        Assert.Equal("bad_code:gender", Assert.Single(rows).Quarantine?.Reason);
    }

    [Fact]
    public async Task ReadParticipantsAsync_NationalIdWithBadCheckDigit_KeepsTheRowFlagged()
    {
        var rows = await ReadAll(SpotExportReader.ReadParticipantsAsync(Csv(false,
            ParticipantHeader,
            "P1,768939101,A,B,,,,,,tlv,,,,,,,",
            "P2,68049907,A,B,,,,,,tlv,,,,,,,",
            "P3,,A,B,,,,,,tlv,,,,,,,")));

        var (bad, good, none) = (rows[0].Record!, rows[1].Record!, rows[2].Record!);
        Assert.Equal(("768939101", false, null), (bad.NationalId, bad.NationalIdValid, bad.IndexableNationalId));
        Assert.Equal((true, "068049907"), (good.NationalIdValid, good.IndexableNationalId));
        Assert.Equal((true, null), (none.NationalIdValid, none.IndexableNationalId));
    }

    [Fact]
    public async Task ReadEmploymentAsync_QuotedCommasQuotesAndBadNumbers_ParsesPerRfc4180()
    {
        var rows = await ReadAll(SpotExportReader.ReadEmploymentAsync(Csv(false,
            EmploymentHeader,
            "E1,P1,2018-04-30,,\"Intel, Israel\",,25,3252.50,agency,false",
            "E2,P1,2018-05-01,,\"רשת \"\"שופרסל\"\"\",,abc,,self,true",
            "E3,P1,2018-05-01,,סניף ת\"א,,100,,self,",
            "E6,P1,2018-05-01,,x,,150,,self,",
            "E4,P1,2018-05-01,,x,,50,-1,self,",
            "E5,P1,2018-05-01,,x,,50,,self,yes")));

        var first = rows[0].Record!;
        Assert.Equal(("Intel, Israel", 25, 3252.50m, "agency", false), (first.Employer, first.ScopePercent, first.MonthlySalary, first.FoundVia, first.SelfEmployed));
        Assert.Equal("סניף ת\"א", rows[2].Record?.Employer);
        Assert.Equal(
            ["bad_number:scope_percent", null, "bad_number:scope_percent", "bad_number:monthly_salary", "bad_boolean:self_employed"],
            rows.Skip(1).Select(r => r.Quarantine?.Reason));
    }

    [Fact]
    public async Task ReadEmploymentAsync_UnknownParticipant_QuarantinesTheEpisode()
    {
        var known = new HashSet<string> { "P1" };

        var rows = await ReadAll(SpotExportReader.ReadEmploymentAsync(Csv(false,
            EmploymentHeader,
            "E1,P1,2018-04-30,,x,,,,,",
            "E2,P9,2018-04-30,,x,,,,,",
            ",P1,2018-04-30,,x,,,,,"), known.Contains));

        Assert.Equal("E1", rows[0].Record?.EpisodeId);
        Assert.Equal(new SpotQuarantine("employment.csv", 2, "unknown_participant:participant_id"), rows[1].Quarantine);
        Assert.Equal(new SpotQuarantine("employment.csv", 3, "missing:episode_id"), rows[2].Quarantine);
    }

    [Fact]
    public async Task ReadActivitiesAsync_LineBreakInQuotedField_CountsDataRowsNotLines()
    {
        var rows = await ReadAll(SpotExportReader.ReadActivitiesAsync(Csv(false,
            ActivityHeader,
            "A1,P1,2018-10-01,video_call,,c@example.org,\"called, no answer\nwill retry\"",
            "A2,,2018-10-02,phone,,,",
            "A3,P1,2018-10-03,message_sent,,,"), _ => true));

        var first = rows[0].Record!;
        Assert.Equal(("video_call", "called, no answer\nwill retry", true), (first.Type, first.Outcome, first.IsContact));
        Assert.Equal(new SpotQuarantine("activities.csv", 2, "missing:participant_id"), rows[1].Quarantine);
        Assert.Equal((3, false), (rows[2].Row, rows[2].Record!.IsContact));
    }

    [Fact]
    public async Task ReadActivitiesAsync_MissingColumn_ThrowsWithTheColumnNames()
    {
        var error = await Assert.ThrowsAsync<SpotExportFileException>(() =>
            ReadAll(SpotExportReader.ReadActivitiesAsync(Csv(false, "activity_id,participant_id,type", "A1,P1,phone"))));

        Assert.Equal("missing_column:date,title,coordinator,outcome", error.Reason);
    }

    [Fact]
    public async Task ReadActivitiesAsync_EmptyFile_ThrowsEmpty()
    {
        var error = await Assert.ThrowsAsync<SpotExportFileException>(() =>
            ReadAll(SpotExportReader.ReadActivitiesAsync(new MemoryStream([0xEF, 0xBB, 0xBF]))));

        Assert.Equal(("activities.csv", "empty"), (error.File, error.Reason));
    }

    [Fact]
    public async Task ReadParticipantsAsync_Windows1255Bytes_ThrowsEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1255).GetBytes(ParticipantHeader + "\nP1,,אבי,שפירא,,,,,,tlv,,,,,,,\n");

        var error = await Assert.ThrowsAsync<SpotExportFileException>(() =>
            ReadAll(SpotExportReader.ReadParticipantsAsync(new MemoryStream(bytes))));

        Assert.Equal("encoding", error.Reason);
    }

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task ReadParticipantsAsync_NotText_ThrowsEncoding(string kind)
    {
        var bytes = NotText.Bytes(kind, ParticipantHeader + "\r\nP1,768939100,אבי,שפירא,1961-10-26,M,,,כפר סבא,tlv,friend,,,,,,\r\n");

        var error = await Assert.ThrowsAsync<SpotExportFileException>(() =>
            ReadAll(SpotExportReader.ReadParticipantsAsync(new MemoryStream(bytes))));

        Assert.Equal(("participants.csv", "encoding"), (error.File, error.Reason));
    }

    [Fact]
    public async Task ReadActivitiesAsync_Windows1255AfterUtf8Bom_ThrowsEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.GetEncoding(1255).GetBytes(ActivityHeader + "\nA1,P1,2018-03-01,meeting,פגישה,c1,\n")];

        var error = await Assert.ThrowsAsync<SpotExportFileException>(() =>
            ReadAll(SpotExportReader.ReadActivitiesAsync(new MemoryStream(bytes))));

        Assert.Equal(("activities.csv", "encoding"), (error.File, error.Reason));
    }

    [Fact]
    public async Task ReadEmploymentAsync_Utf16_ThrowsEncoding()
    {
        // docs/spot.md: UTF-8 only. A UTF-16 BOM no longer switches the reader to UTF-16.
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(EmploymentHeader + "\r\n")];

        var error = await Assert.ThrowsAsync<SpotExportFileException>(() =>
            ReadAll(SpotExportReader.ReadEmploymentAsync(new MemoryStream(bytes))));

        Assert.Equal(("employment.csv", "encoding"), (error.File, error.Reason));
    }

    [Theory]
    [InlineData("line")]
    [InlineData("field")]
    public async Task ReadActivitiesAsync_OverTheLimits_ThrowsTooLarge(string bound)
    {
        var limits = Integrations.Common.FileLimits.Default with { MaxLineCharacters = 2048, MaxFieldCharacters = 256 };
        var outcome = bound == "line" ? new string('o', 2100) : "\"" + string.Join("\n", Enumerable.Repeat(new string('o', 100), 3)) + "\"";
        var bytes = Encoding.UTF8.GetBytes(ActivityHeader + $"\nA1,P1,2018-03-01,meeting,פגישה,c1,{outcome}\n");

        var error = await Assert.ThrowsAsync<SpotExportFileException>(() =>
            ReadAll(SpotExportReader.ReadActivitiesAsync(new MemoryStream(bytes), limits: limits)));

        Assert.Equal(("activities.csv", "too_large"), (error.File, error.Reason));
    }

    [Fact]
    public async Task LoadFolderAsync_SampleExport_ReadsEveryRow()
    {
        var data = await SpotExportReader.ReadFolderAsync(Path.Combine(AppContext.BaseDirectory, "samples", "spot-export"));

        Assert.Equal((160, 152, 596), (data.Participants.Count, data.Episodes.Count, data.Activities.Count));
        Assert.Empty(data.Quarantined);
        Assert.Equal("Intel, Israel", data.Episodes[0].Employer);
        Assert.Equal("רשת \"שופרסל\"", data.Episodes[2].Employer);
    }

    private static MemoryStream Csv(bool bom, params string[] lines)
    {
        var text = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
        return new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. text] : text);
    }

    private static async Task<List<SpotRow<T>>> ReadAll<T>(IAsyncEnumerable<SpotRow<T>> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var list = new List<SpotRow<T>>();
        await foreach (var row in rows.WithCancellation(cancellationToken)) list.Add(row);
        return list;
    }
}
