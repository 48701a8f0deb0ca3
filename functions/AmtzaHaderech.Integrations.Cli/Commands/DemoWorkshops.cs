using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using AmtzaHaderech.Integrations.Spot.Files;
using AmtzaHaderech.Integrations.Tabular;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// The demo's workshops step (docs/workshops.md): the invitations the follow-up runs sent, one
/// participant signing up through the page (the form posted to the pages' handler, as a browser
/// would and as `amtza serve` hands it on), the sign-up list delivered to the coordinators the
/// day before, the list marked in the workbook (the person, and one who came without signing
/// up) and read back, and the attendances in SPOT's import file.
internal static partial class DemoWorkshops
{
    public const string Session = "ksb-20261201-1000";

    /// The workshop calendar of the samples (samples/workshops/calendar.json, in the shape of the
    /// `FollowUps:Workshops` settings, as a deployment's `--config` file gives it): two sessions in
    /// Kfar Saba in the week after the samples' day; the second has few seats.
    public static IReadOnlyDictionary<string, string?> Calendar(string samples) =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(samples, "workshops", "calendar.json"), optional: false).Build()
            .AsEnumerable().Where(setting => setting.Value is not null).ToDictionary();

    public sealed record Result(int Invitations, string? SignedUp, string? WalkIn, int Delivered, IReadOnlyList<AttendanceOutcome> Attendance,
        int SpotWorkshopRows, string? SpotFile, string? MarkedList);

    public static async Task<Result> RunAsync(HubSession session, IReadOnlyList<FollowUpRunResult> runs, string outDir, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var invitations = runs.SelectMany(r => r.Messages).Where(m => m.Rule == FollowUpRules.Workshop).ToList();
        console.MarkupLine($"{Plural.Of(invitations.Count, "workshop invitation")} sent in the runs above (rule workshop)");
        var workshop = WorkshopCalendar.Find(session.Get<IOptions<FollowUpsOptions>>().Value, Session)!;
        if (invitations.Count == 0) return new(0, null, null, 0, [], 0, null, null);

        // The first invited opens the message's link and presses "אגיע" under the CV workshop.
        var first = invitations[0];
        var status = await SignUpThroughThePageAsync(session, first, cancellationToken);
        var seat = await session.Get<WorkshopSeats>().SignUpOfAsync(Session, first.ParticipantId, cancellationToken);
        console.MarkupLine($"{first.ParticipantId} pressed \"אגיע\" on the page (HTTP {status}): {seat?.State ?? "nothing"}");

        var dayBefore = workshop.Date.AddDays(-1);
        var delivered = await session.Get<SignUpListDelivery>().DeliverAsync(dayBefore, Common.IsraelTime.At(dayBefore, new TimeOnly(15, 0)), cancellationToken);
        console.MarkupLine($"{dayBefore:dd/MM}, the day before: the list to the coordinators");
        SignUpListCards.Render(console, delivered);
        if (delivered.Count > 0)
        {
            var (heading, _, counts) = SignUpListCard.Lines(delivered[0].Notice);
            console.MarkupLine($"  the card: {Markup.Escape(heading)}");
            console.MarkupLine($"    {Markup.Escape(counts)}");
        }
        if (delivered.FirstOrDefault()?.WorkbookPath is not { } listPath)
            return new(invitations.Count, first.ParticipantId, null, 0, [], 0, null, null);

        // The coordinator marks who came in the list where it was delivered (here the local
        // outbox's teams/ folder, in Azure the channel's files): the person who signed up, and one
        // invited who did not. That evening the read-back job finds the marked list and records
        // the attendances, as the timer ReadWorkshopSignUpLists does every day.
        var walkIn = invitations.Select(i => i.ParticipantId).FirstOrDefault(id => id != first.ParticipantId);
        await File.WriteAllBytesAsync(listPath, Mark(await File.ReadAllBytesAsync(listPath, cancellationToken), first.ParticipantId, walkIn), cancellationToken);
        var read = await session.Get<SignUpListReadBack>().ReadAsync(workshop.Date, Common.IsraelTime.At(workshop.Date, new TimeOnly(20, 0)), cancellationToken);
        var outcomes = read.Where(r => r.Session.Id == Session).SelectMany(r => r.Attendances).ToList();
        console.MarkupLine($"{workshop.Date:dd/MM}, evening: the marked list read back, {Plural.Of(outcomes.Count, "person", "people")} came"
            + $" ({outcomes.Count(o => !o.SignedUp)} not signed up)");

        var pushed = await session.Get<SpotFileGateway>().PushAsync(Spot.SpotPushScope.All, cancellationToken);
        var paths = await SpotCommands.CopyFilesAsync(session, pushed.Files, outDir, cancellationToken);
        var activities = pushed.Files.Zip(paths).FirstOrDefault(f => f.First.Kind == SpotImportFiles.Activities).Second;
        var rows = activities is null ? 0 : WorkshopRows(activities);
        console.MarkupLine($"SPOT import file: {Plural.Of(rows, "workshop attendance")} among its activities:");
        if (activities is not null) WholeLine.Path(console, activities);
        return new(invitations.Count, first.ParticipantId, walkIn, delivered.Count, outcomes, rows, activities, listPath);
    }

    // The message's short link, followed as a phone would, then the page's form posted to the
    // handler `amtza serve` and the Function call for POST /w/{token}.
    private static async Task<int> SignUpThroughThePageAsync(HubSession session, MessageSent message, CancellationToken cancellationToken)
    {
        if (session.Get<MessageChannels>().For(message.Channel) is not LocalOutboxChannel outbox) return 0;
        var text = await File.ReadAllTextAsync(outbox.PathFor(message.Reference), Encoding.UTF8, cancellationToken);
        var code = ShortLink().Match(text).Groups[1].Value;
        var pages = session.Get<FollowUpPages>();
        var redirect = await pages.RedirectAsync(code, cancellationToken);
        var path = redirect.Location ?? "";
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/x-www-form-urlencoded";
        var body = Encoding.UTF8.GetBytes($"session={Uri.EscapeDataString(Session)}&action=come");
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
        var response = await pages.HandleAsync(context.Request, path[1], path[(path.LastIndexOf('/') + 1)..], cancellationToken);
        return response.StatusCode;
    }

    [GeneratedRegex(@"/l/([A-Za-z0-9]{10})")]
    private static partial Regex ShortLink();

    // What the coordinator does in Excel: "הגיע" on the person's row; the walk-in's SPOT id and
    // "הגיע" on the first row left for people who had not signed up.
    private static byte[] Mark(byte[] workbook, string signedUp, string? walkIn)
    {
        var rows = XlsxSheetReader.Rows(new MemoryStream(workbook), null).ToList();
        var header = rows.First(r => r.Cells.Any(c => c.Text == SignUpListWorkbook.Headers[SignUpListWorkbook.IdColumn - 1])).Number;
        var listed = rows.First(r => r.Number > header && r.Cells.Count >= SignUpListWorkbook.IdColumn
            && r.Cells[SignUpListWorkbook.IdColumn - 1].Text.TrimStart('\'') == signedUp).Number;
        var empty = rows.First(r => r.Number > header && r.Cells.Count >= SignUpListWorkbook.IdColumn && r.Cells[SignUpListWorkbook.IdColumn - 1].IsBlank).Number;
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
            Set(sheet, "E" + listed, SignUpListWorkbook.Came);
            if (walkIn is not null)
            {
                Set(sheet, "C" + empty, walkIn);
                Set(sheet, "E" + empty, SignUpListWorkbook.Came);
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
        cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value));
    }

    // The activity rows of type `workshop` in SPOT's import file.
    private static int WorkshopRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var count = 0;
        while (csv.Read())
            if (csv.GetField("type") == Spot.Mirror.SpotCodes.Workshop) count++;
        return count;
    }
}
