using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Referrals;
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
        var command = new Command("list", "List inbound records with their outcomes.") { outcome, source };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var records = new List<object>();
            var table = new Table().AddColumns("id", "source", "file", "row", "key", "outcome", "reason", "screening", "participant");
            await foreach (var entry in session.Get<IntakeLedger>().AllAsync(cancellationToken))
            {
                if (parse.GetValue(outcome) is { } o && entry.Result.Outcome != o) continue;
                if (parse.GetValue(source) is { } s && entry.Source != s) continue;
                records.Add(ToJson(entry));
                table.AddRow(entry.Id, entry.Source, entry.File, entry.Row.ToString(), entry.Result.Key, entry.Result.Outcome,
                    entry.Result.Reason ?? "", Screening(entry.Result), entry.Result.ParticipantId ?? "");
            }
            if (!await JsonOutput.WriteAsync(parse, new { records }, cancellationToken))
                AnsiConsole.Write(table.Caption($"{records.Count} records"));
            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var reference = new Argument<string>("ref") { Description = "A referral number, a leadgen id, <file>:<row>, or an id from `referrals list`." };
        var command = new Command("show", "One record: what arrived, the candidates and rule, the screening criteria.") { reference };
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
            if (!await JsonOutput.WriteAsync(parse, document, cancellationToken))
                AnsiConsole.WriteLine(System.Text.Json.JsonSerializer.Serialize(document, JsonOutput.Options));
            return 0;
        });
        return command;
    }

    private static string Screening(RecordResult r) =>
        r.Screening is null ? "" : r.ScreeningReason is null ? r.Screening : $"{r.Screening}:{r.ScreeningReason}";

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
