using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza workshops list | sign-ups | send-lists | attendance | read-lists` (docs/workshops.md,
/// docs/cli.md): the calendar with the seats taken, a session's sign-up list as the coordinator's
/// workbook, the day-before delivery of the lists to the coordinators, and who came, recorded for
/// SPOT once per person and session (by hand, or the marked lists read back).
public static class WorkshopsCommands
{
    public static Command Create()
    {
        var workshops = new Command("workshops", "Workshops: the calendar and its seats, sign-up lists, attendance for SPOT.");
        workshops.Subcommands.Add(List());
        workshops.Subcommands.Add(SignUps());
        workshops.Subcommands.Add(SendLists());
        workshops.Subcommands.Add(Attendance());
        workshops.Subcommands.Add(WorkshopReadListsCommand.Create());
        return workshops;
    }

    private static Command List()
    {
        var command = new Command("list", "The workshop calendar (FollowUps:Workshops) with the seats taken and the waiting lists.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var seats = session.Get<WorkshopSeats>();
            var rows = new List<(WorkshopSession Session, SeatCount Count)>();
            foreach (var workshop in WorkshopCalendar.Sessions(session.Get<IOptions<FollowUpsOptions>>().Value))
                rows.Add((workshop, await seats.CountAsync(workshop.Id, cancellationToken)));
            var json = rows.Select(r => new
            {
                session = r.Session.Id,
                center = r.Session.Center,
                title = r.Session.Title,
                date = r.Session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                start = r.Session.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                end = r.Session.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                seats = r.Session.Seats,
                taken = r.Count.Held,
                waiting = r.Count.Waiting,
            });
            if (await JsonOutput.WriteAsync(parse, new { sessions = json }, cancellationToken)) return 0;
            if (rows.Count == 0)
            {
                AnsiConsole.MarkupLine("no workshops in the calendar (FollowUps:Workshops, docs/workshops.md)");
                return 0;
            }
            var table = new Table().AddColumns("session", "title", "taken", "waiting");
            foreach (var (workshop, count) in rows)
                table.AddRow(workshop.Id, Markup.Escape(workshop.Title), $"{count.Held}/{workshop.Seats}", count.Waiting.ToString(CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command SignUps()
    {
        var id = new Argument<string>("session") { Description = "The session's id (amtza workshops list), e.g. ksb-20261203-1000." };
        var output = new Option<FileInfo>("--out") { Description = "The workbook to write (.xlsx).", Required = true };
        var command = new Command("sign-ups", "Write a session's sign-up list: the workbook the coordinator marks who came in.") { id, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            if (session.Get<WorkshopAttendance>().Session(parse.GetValue(id)!) is not { } workshop)
                return ReportCommands.Usage($"no workshop {parse.GetValue(id)} in the calendar (amtza workshops list).");
            var lists = session.Get<SignUpLists>();
            var file = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(file.FullName, await lists.WorkbookAsync(workshop, cancellationToken), cancellationToken);
            var people = (await lists.EntriesAsync(workshop, cancellationToken)).Count;
            if (!await JsonOutput.WriteAsync(parse, new { session = workshop.Id, people, file = file.FullName }, cancellationToken))
            {
                AnsiConsole.MarkupLine($"{Plural.Of(people, "person", "people")} signed up for {Markup.Escape(workshop.Title)}; the list:");
                WholeLine.Path(AnsiConsole.Console, file.FullName);
            }
            return 0;
        });
        return command;
    }

    private static Command SendLists()
    {
        var date = new Option<string?>("--date") { Description = "Run as on this day (yyyy-MM-dd): the lists of the next day's sessions. Default: today." };
        var command = new Command("send-lists",
            "Deliver tomorrow's sessions' sign-up lists to the centers' coordinators in Teams (or the local outbox), as the daily timer does; each once.") { date };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayText.TryParseOptional(parse.GetValue(date), out var day))
                return ReportCommands.Usage("--date must be a date yyyy-MM-dd.");
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var clock = session.Get<TimeProvider>();
            var delivered = await session.Get<SignUpListDelivery>().DeliverAsync(day ?? IsraelTime.Today(clock), clock.GetUtcNow(), cancellationToken);
            return await RenderAsync(parse, delivered, cancellationToken);
        });
        return command;
    }

    /// What a delivery did, on screen or as --json.
    internal static async Task<int> RenderAsync(ParseResult parse, IReadOnlyList<DeliveredList> delivered, CancellationToken cancellationToken)
    {
        var json = delivered.Select(d => new
        {
            session = d.Notice.Session.Id,
            coordinator = d.Notice.CoordinatorName,
            mentioned = d.Notice.TeamsUser is not null,
            people = d.Notice.People.Count,
            waiting = d.Notice.Waiting,
            workbook = d.WorkbookPath ?? d.WorkbookLink,
            card = d.CardPath,
        });
        if (!await JsonOutput.WriteAsync(parse, new { delivered = json }, cancellationToken))
            SignUpListCards.Render(AnsiConsole.Console, delivered);
        return 0;
    }

    private static Command Attendance()
    {
        var id = new Argument<string>("session") { Description = "The session's id (amtza workshops list), e.g. ksb-20261203-1000." };
        var participants = new Argument<string[]>("participants") { Description = "SPOT participant ids of the people who came.", Arity = ArgumentArity.ZeroOrMore };
        var list = new Option<FileInfo?>("--list") { Description = "The coordinator's marked sign-up list (.xlsx): the rows marked הגיע." };
        var command = new Command("attendance", "Record who came to a session: SPOT gets a workshop activity once per person and session.") { id, participants, list };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var ids = new List<string>(parse.GetValue(participants) ?? []);
            if (parse.GetValue(list) is { } file)
            {
                if (!file.Exists) return ReportCommands.Usage($"{file.FullName} does not exist.");
                try
                {
                    await using var stream = new MemoryStream(await File.ReadAllBytesAsync(file.FullName, cancellationToken));
                    ids.AddRange(SignUpListReader.Attended(stream, file.Name));
                }
                catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or Common.FileTooLargeException)
                {
                    AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
                    return 1;
                }
            }
            else if (ids.Count == 0) return ReportCommands.Usage("give the participants who came, or --list with the marked sign-up list.");

            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var attendance = session.Get<WorkshopAttendance>();
            if (attendance.Session(parse.GetValue(id)!) is not { } workshop)
                return ReportCommands.Usage($"no workshop {parse.GetValue(id)} in the calendar (amtza workshops list).");
            var outcomes = await attendance.RecordAsync(workshop, ids, cancellationToken);
            var json = new
            {
                session = workshop.Id,
                title = workshop.Title,
                date = workshop.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                participants = outcomes.Select(o => new { participantId = o.ParticipantId, state = o.State, signedUp = o.SignedUp }),
            };
            if (!await JsonOutput.WriteAsync(parse, json, cancellationToken))
            {
                AnsiConsole.MarkupLine($"{Markup.Escape(workshop.Title)}, {workshop.Date:dd/MM/yyyy}:");
                foreach (var o in outcomes)
                    AnsiConsole.MarkupLine($"  {Markup.Escape(o.ParticipantId)}  {o.State}{(o.SignedUp ? "" : " (had not signed up)")}");
                var recorded = outcomes.Count(o => o.State == AttendanceStates.Recorded);
                AnsiConsole.MarkupLine($"{Plural.Of(recorded, "attendance")} recorded for SPOT (amtza spot push sends them)");
            }
            return outcomes.Any(o => o.State == AttendanceStates.Unknown) ? 1 : 0;
        });
        return command;
    }
}
