using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza referrals list|show`: what happened to inbound records, and why.
public static class ReferralsCommands
{
    public static Command Create()
    {
        var referrals = new Command("referrals", "What happened to inbound records, and why.");
        referrals.Subcommands.Add(List());
        referrals.Subcommands.Add(Show());
        return referrals;
    }

    private static Command List()
    {
        var outcome = new Option<string?>("--outcome") { Description = "Only this outcome (accepted, merged, duplicate, rejected, review, no_consent)." };
        var source = new Option<string?>("--source") { Description = "Only this channel (employment_service, municipal, facebook, intake)." };
        var wide = new Option<bool>("--wide") { Description = "Every column: ledger id, file, row, screening and participant too (wider than 80 columns)." };
        var command = new Command("list", "List inbound records with their outcomes: key, source, outcome, reason.") { outcome, source, wide };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var entries = new List<LedgerEntry>();
            var any = false;
            await foreach (var entry in session.Get<IntakeLedger>().AllAsync(cancellationToken))
            {
                any = true;
                if (parse.GetValue(outcome) is { } o && entry.Result.Outcome != o) continue;
                if (parse.GetValue(source) is { } s && entry.Source != s) continue;
                entries.Add(entry);
            }
            if (await JsonOutput.WriteAsync(parse, new { records = entries.Select(ToJson) }, cancellationToken)) return 0;
            if (!any) EmptyStore(session.DataDir);
            else ReferralTables.Render(AnsiConsole.Console, entries, parse.GetValue(wide), command => NextCommand.Of(parse, command));
            return 0;
        });
        return command;
    }

    // Nothing was ever imported into this store: say how records get there (and where the demo's are).
    private static void EmptyStore(string dataDir)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine("No inbound records in this store yet. Records arrive with an import:");
        WholeLine.Command(console, "amtza import employment-service <file>...");
        WholeLine.Command(console, "amtza import municipal --profile <id> <file>...");
        WholeLine.Command(console, "amtza import intake --profile <id> <file>...");
        WholeLine.Command(console, "amtza import facebook-leads <csv>...");
        console.MarkupLine("or through `amtza serve` (the intake form, Facebook's webhook).");
        var demo = Path.Combine(dataDir, "demo");
        if (Directory.Exists(demo))
        {
            console.MarkupLine("The demo keeps its own store; its records:");
            WholeLine.Command(console, $"amtza referrals list --data-dir {demo}");
        }
    }

    private static Command Show()
    {
        var reference = new Argument<string>("ref") { Description = "A referral number, a leadgen id, <file>:<row>, or an id from `referrals list`." };
        var command = new Command("show", "One record in words: what arrived, the candidates and the rule, each screening criterion (--json: as JSON).") { reference };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var wanted = parse.GetValue(reference)!;
            var ledger = session.Get<IntakeLedger>();
            var entry = await ledger.GetAsync(wanted, cancellationToken);
            if (entry is null)
            {
                // The first receipt of a key is the one that decided; later ones are duplicates.
                await foreach (var e in ledger.AllAsync(cancellationToken))
                    if (e.Result.Key == wanted || $"{e.File}:{e.Row}" == wanted)
                    {
                        entry = e;
                        if (e.Result.Outcome != Outcomes.Duplicate) break;
                    }
            }
            if (entry is null)
            {
                await Console.Error.WriteLineAsync($"No inbound record '{wanted}'.");
                return 1;
            }
            var document = new Dictionary<string, object?>(ToJson(entry))
            {
                ["raw"] = entry.Raw,
                ["warnings"] = entry.Warnings,
                ["explanation"] = entry.Explanation,
            };
            if (!await JsonOutput.WriteAsync(parse, document, cancellationToken) && !JsonOutput.Requested(parse))
                ReferralExplanation.Render(AnsiConsole.Console, entry, session.Get<IOptions<ScreeningOptions>>().Value);
            return 0;
        });
        return command;
    }

    private static Dictionary<string, object?> ToJson(LedgerEntry entry) => new()
    {
        ["id"] = entry.Id,
        ["key"] = entry.Result.Key,
        ["outcome"] = entry.Result.Outcome,
        ["reason"] = entry.Result.Reason,
        ["participantId"] = entry.Result.ParticipantId,
        ["screening"] = entry.Result.Screening,
        ["screeningReason"] = entry.Result.ScreeningReason,
        ["source"] = entry.Source,
        ["file"] = entry.File,
        ["receivedAt"] = entry.ReceivedAt,
    };
}
