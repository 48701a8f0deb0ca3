using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Workbooks;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza report evaluation`: what works (docs/evaluation.md): recruitment channels and
/// workshops from the SPOT data in the store, the referral funnel from the hub's own records.
/// No `--spot-export`: the funnel is the hub's, and a folder has none of it.
public static class EvaluationReportCommand
{
    public static Command Create()
    {
        var asOf = new Option<string>("--as-of") { Description = "The as-of date D (yyyy-MM-dd).", Required = true };
        var from = new Option<string?>("--from") { Description = "The funnel's first day of referrals received (yyyy-MM-dd); with --to. Default: 12 months ending at D." };
        var to = new Option<string?>("--to") { Description = "The funnel's last day of referrals received (yyyy-MM-dd); with --from." };
        var output = new Option<string?>("--out") { Description = "The workbook to write (default: evaluation-report-<date>.xlsx)." };
        var command = new Command("evaluation", "The evaluation report (channels, workshops, referral funnel) as a workbook and/or JSON, from the store.")
        {
            asOf, from, to, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayText.TryParse(parse.GetValue(asOf), out var day)) return ReportCommands.Usage("--as-of must be a date yyyy-MM-dd.");
            var (fromText, toText) = (parse.GetValue(from), parse.GetValue(to));
            if ((fromText is null) != (toText is null)) return ReportCommands.Usage("--from and --to go together: the funnel's window is both days.");
            var window = EvaluationMetrics.DefaultWindow(day);
            if (fromText is not null)
            {
                if (!DayText.TryParse(fromText, out var first) || !DayText.TryParse(toText, out var last))
                    return ReportCommands.Usage("--from and --to must be dates yyyy-MM-dd.");
                if (first > last) return ReportCommands.Usage("--from must be on or before --to.");
                window = (first, last);
            }

            var (loaded, exitCode) = await SpotSource.LoadStoreAsync(parse, cancellationToken);
            if (loaded is null) return exitCode;
            await using var source = loaded;
            var referrals = await source.Session!.Get<ReferralFunnelReader>().LoadAsync(window.From, window.To, cancellationToken);
            var report = EvaluationMetrics.Compute(source.Data, day, referrals, window.From, window.To);

            var path = parse.GetValue(output);
            if (ReportCommands.JsonOnly(parse) && path is null)
                return await ReportCommands.WriteJsonAsync(parse, report, source, cancellationToken);
            path ??= $"evaluation-report-{day:yyyy-MM-dd}.xlsx";
            await ReportCommands.WriteFileAsync(path, stream => EvaluationWorkbook.Write(report, stream, source.Description), cancellationToken);
            if (JsonOutput.Requested(parse)) await ReportCommands.WriteJsonAsync(parse, report, source, cancellationToken);
            Console.Error.WriteLine($"Evaluation report as of {day:yyyy-MM-dd} (referrals {window.From:yyyy-MM-dd} to {window.To:yyyy-MM-dd}) ->");
            Console.Error.WriteLine("  " + Path.GetFullPath(path));
            return 0;
        });
        return command;
    }
}
