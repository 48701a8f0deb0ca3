using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using AmtzaHaderech.Integrations.IntegrationTests.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Tabular;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.IntegrationTests.Workshops;

/// Attendance reaches the SPOT outbox as a `workshop` activity with the workshop's title and
/// date, once per person and session, whether the coordinator's marked list is read back or the
/// ids are given, however often; a person who came without signing up is recorded too.
[Collection(StorageCollection.Name)]
public sealed class WorkshopAttendanceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RecordAsync_MarkedListReadTwiceThenIdsGiven_EachAttendanceOnceInTheSpotOutbox()
    {
        await using var hub = await FollowUpsHub.StartAsync(azurite, new DateOnly(2026, 12, 2), WorkshopCalendars.Ksb());
        await FollowUpsHub.MirrorAsync(hub, new SpotSnapshot(
            [.. new[] { "P001", "P002", "P003" }.Select(id => FollowUpData.Person(id, new DateOnly(2026, 11, 1), center: "ksb"))], [], []));
        var session = WorkshopCalendar.Find(hub.Get<IOptions<FollowUpsOptions>>().Value, WorkshopCalendars.CvSession)!;
        await hub.Get<WorkshopSeats>().SignUpAsync(session, "P001");
        await hub.Get<WorkshopSeats>().SignUpAsync(session, "P002");

        // The day-before list, marked: P001 came, P002 did not, P003 came without signing up.
        var workbook = await hub.Get<SignUpLists>().WorkbookAsync(session);
        var marked = Mark(workbook, ("P001", SignUpListWorkbook.Came), ("P002", SignUpListWorkbook.DidNotCome), ("P003", SignUpListWorkbook.Came));
        var attended = SignUpListReader.Attended(new MemoryStream(marked), "sign-ups.xlsx");
        Assert.Equal(["P001", "P003"], attended);

        var attendance = hub.Get<WorkshopAttendance>();
        var first = await attendance.RecordAsync(session, attended);
        var again = await attendance.RecordAsync(session, SignUpListReader.Attended(new MemoryStream(marked), "sign-ups.xlsx"));
        var byHand = await attendance.RecordAsync(session, ["P003", "P999"]);

        Assert.Equal([("P001", AttendanceStates.Recorded, true), ("P003", AttendanceStates.Recorded, false)], first.Select(o => (o.ParticipantId, o.State, o.SignedUp)));
        Assert.All(again, o => Assert.Equal(AttendanceStates.Already, o.State));
        Assert.Equal([AttendanceStates.Already, AttendanceStates.Unknown], byHand.Select(o => o.State));
        foreach (var id in new[] { "P001", "P003" })
        {
            var activity = Assert.Single(await FollowUpsHub.SpotOutboxAsync(hub.Services, id)).Activity!;
            Assert.Equal((new DateOnly(2026, 12, 3), SpotCodes.Workshop, "סדנת קורות חיים"), (activity.Date, activity.Type, activity.Title));
        }
        Assert.Empty(await FollowUpsHub.SpotOutboxAsync(hub.Services, "P002"));
    }

    [Fact]
    public void Attended_RowMarkedWithoutAnId_RefusedNamingTheRow()
    {
        var session = WorkshopSeatsTests.Session(5);
        using var stream = new MemoryStream();
        SignUpListWorkbook.Write(session, [], DateTimeOffset.UnixEpoch, stream);
        var marked = Mark(stream.ToArray(), ("", SignUpListWorkbook.Came));

        var error = Assert.Throws<InvalidDataException>(() => SignUpListReader.Attended(new MemoryStream(marked), "sign-ups.xlsx"));
        Assert.Matches(@"^sign-ups\.xlsx: row \d+ is marked ""הגיע"" but has no participant id", error.Message);
    }

    // What a coordinator does in Excel: a mark in "הגיע?" on the person's row; a walk-in's id and
    // mark on the first empty row. ("", mark) marks the first empty row without an id.
    internal static byte[] Mark(byte[] workbook, params (string Id, string Mark)[] marks)
    {
        var rows = XlsxSheetReader.Rows(new MemoryStream(workbook), null).ToList();
        var header = rows.First(r => r.Cells.Any(c => c.Text == "מזהה משתתף")).Number;
        var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
            var walkIn = rows.First(r => r.Number > header && r.Cells.Count > 2 && r.Cells[2].IsBlank).Number;
            foreach (var (id, mark) in marks)
            {
                var listed = rows.FirstOrDefault(r => r.Number > header && id.Length > 0 && r.Cells.Count > 2 && r.Cells[2].Text.TrimStart('\'') == id)?.Number;
                var row = listed ?? walkIn++;
                if (listed is null && id.Length > 0) Set(sheet, "C" + row, id);
                Set(sheet, "E" + row, mark);
            }
            sheet.Save();
        }
        return stream.ToArray();
    }

    private static void Set(Worksheet sheet, string reference, string value)
    {
        var cell = sheet.Descendants<Cell>().First(c => c.CellReference == reference);
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(value));
    }
}
