using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza workshops read-lists [--date D]` (docs/workshops.md, docs/cli.md): the coordinators'
/// marked sign-up lists read back as the evening timer does, from Teams or the local outbox's
/// `teams/` folder, and each attendance recorded for SPOT once. Exit 1 when a list was refused
/// or could not be fetched, or named someone the SPOT mirror does not know.
internal static class WorkshopReadListsCommand
{
    public static Command Create()
    {
        var date = new Option<string?>("--date") { Description = "Run as on this day (yyyy-MM-dd): the lists of its sessions and the week's before. Default: today." };
        var command = new Command("read-lists",
            "Read back the coordinators' marked sign-up lists of the last days' sessions (Teams, or the local outbox) and record who came for SPOT, once each.") { date };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayText.TryParseOptional(parse.GetValue(date), out var day))
                return ReportCommands.Usage("--date must be a date yyyy-MM-dd.");
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var clock = session.Get<TimeProvider>();
            var results = await session.Get<SignUpListReadBack>().ReadAsync(day ?? IsraelTime.Today(clock), clock.GetUtcNow(), cancellationToken);
            var json = results.Select(r => new
            {
                session = r.Session.Id,
                state = r.State,
                problem = r.Problem,
                participants = r.Attendances.Select(o => new { participantId = o.ParticipantId, state = o.State, signedUp = o.SignedUp }),
            });
            if (!await JsonOutput.WriteAsync(parse, new { lists = json }, cancellationToken)) Render(results);
            return results.Any(r => r.State is ReadBackStates.Refused or ReadBackStates.Failed
                || r.Attendances.Any(o => o.State == AttendanceStates.Unknown)) ? 1 : 0;
        });
        return command;
    }

    private static void Render(IReadOnlyList<ListReadBack> results)
    {
        if (results.Count == 0)
        {
            AnsiConsole.MarkupLine("no sign-up list was delivered for a session of these days: nothing to read");
            return;
        }
        foreach (var r in results)
        {
            var what = r.State switch
            {
                ReadBackStates.Read => $"{Plural.Of(r.Attendances.Count(o => o.State == AttendanceStates.Recorded), "attendance")} recorded now, "
                    + $"{r.Attendances.Count(o => o.State == AttendanceStates.Already)} before",
                ReadBackStates.Missing => "the list is not there (yet)",
                _ => $"[red]{r.State}: {Markup.Escape(r.Problem ?? "")}[/]",
            };
            AnsiConsole.MarkupLine($"{r.Session.Id}  {Markup.Escape(r.Session.Title)}: {what}");
            foreach (var o in r.Attendances.Where(o => o.State == AttendanceStates.Unknown))
                AnsiConsole.MarkupLine($"  [red]{Markup.Escape(o.ParticipantId)} is not in the SPOT mirror: not recorded[/]");
        }
    }
}
