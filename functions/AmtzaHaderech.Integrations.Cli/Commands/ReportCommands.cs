using System.CommandLine;
using System.Text.Json;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza report program|coordinators|evaluation`: the reports of docs/metrics.md and docs/evaluation.md
/// from the SPOT data in the store (SpotSource; `--spot-export` for a what-if over a folder).
public static class ReportCommands
{
    public static Command Create()
    {
        var report = new Command("report", "Write the program report or the coordinators' monthly reports.");
        report.Subcommands.Add(Program());
        report.Subcommands.Add(Coordinators());
        report.Subcommands.Add(EvaluationReportCommand.Create());
        report.Subcommands.Add(ReportSendCommand.Create());
        return report;
    }

    private static Command Program()
    {
        var asOf = new Option<string>("--as-of") { Description = "The as-of date D (yyyy-MM-dd).", Required = true };
        var output = new Option<string?>("--out") { Description = "The workbook to write (default: program-report-<date>.xlsx)." };
        var spot = SpotSource.FolderOption();
        var command = new Command("program", "The program report (docs/metrics.md) as a workbook and/or JSON, from the store.") { asOf, output, spot };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayText.TryParse(parse.GetValue(asOf), out var day))
                return Usage("--as-of must be a date yyyy-MM-dd.");
            var (loaded, exitCode) = await SpotSource.LoadAsync(parse, spot, cancellationToken);
            if (loaded is null) return exitCode;
            await using var source = loaded;
            var result = ProgramMetrics.Compute(source.Data, day, ReportCenters.Configured(parse.GetValue(GlobalOptions.Config)));

            var path = parse.GetValue(output);
            if (JsonOnly(parse) && path is null)
                return await WriteJsonAsync(parse, result, source, cancellationToken);
            path ??= $"program-report-{day:yyyy-MM-dd}.xlsx";
            var names = ReportCenters.Names(parse.GetValue(GlobalOptions.Config));
            await WriteFileAsync(path, stream => ProgramWorkbook.Write(result, stream, source.Description, names), cancellationToken);
            if (JsonOutput.Requested(parse)) await WriteJsonAsync(parse, result, source, cancellationToken);
            Console.Error.WriteLine($"Program report as of {day:yyyy-MM-dd} -> {Path.GetFullPath(path)}");
            return 0;
        });
        return command;
    }

    private static Command Coordinators()
    {
        var month = new Option<string>("--month") { Description = "The month M (yyyy-MM).", Required = true };
        var output = new Option<string?>("--out") { Description = "Folder for the workbooks, one per center (default: the current folder)." };
        var spot = SpotSource.FolderOption();
        var command = new Command("coordinators", "The coordinators' monthly report from the store: one workbook per center.") { month, output, spot };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ReportMonth.TryParse(parse.GetValue(month), out var m)) return Usage("--month must be a month yyyy-MM.");
            var (loaded, exitCode) = await SpotSource.LoadAsync(parse, spot, cancellationToken);
            if (loaded is null) return exitCode;
            await using var source = loaded;
            // From the store, as the monthly job sends it: the month's unanswered follow-ups are on the call list too.
            var unanswered = source.Session is { } session
                ? await session.Get<FollowUpQueries>().UnansweredFollowUpsAsync(m, cancellationToken)
                : null;
            var result = CoordinatorMetrics.Compute(source.Data, m, ReportCenters.Configured(parse.GetValue(GlobalOptions.Config)), unanswered);

            var target = parse.GetValue(output);
            if (JsonOnly(parse) && target is null)
                return await WriteJsonAsync(parse, result, source, cancellationToken);
            target ??= ".";
            Directory.CreateDirectory(target);
            var names = ReportCenters.Names(parse.GetValue(GlobalOptions.Config));
            foreach (var center in CoordinatorWorkbook.Centers(result))
            {
                var path = Path.Combine(target, $"coordinators-{(center.Length == 0 ? "none" : center)}-{m}.xlsx");
                await WriteFileAsync(path, stream => CoordinatorWorkbook.Write(result, center, stream, source.Description, names), cancellationToken);
                Console.Error.WriteLine($"Coordinators' report {m}, center {center} -> {Path.GetFullPath(path)}");
            }
            if (JsonOutput.Requested(parse)) await WriteJsonAsync(parse, result, source, cancellationToken);
            return 0;
        });
        return command;
    }

    /// `--json` with no file and no `--out`: stdout carries the JSON and nothing else is written.
    internal static bool JsonOnly(ParseResult parse) =>
        JsonOutput.Requested(parse) && parse.GetValue(GlobalOptions.Json) is not { Length: > 0 };

    internal static async Task WriteFileAsync(string path, Action<Stream> write, CancellationToken cancellationToken)
    {
        // Built in memory first, so a failure never leaves half a workbook where the last one was.
        using var buffer = new MemoryStream();
        write(buffer);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken);
    }

    /// The metrics JSON in docs/metrics.md's exact shape (MetricsJson's options, not JsonOutput's),
    /// then `source`: where the data came from (the store and when it was last fed, or a folder).
    internal static async Task<int> WriteJsonAsync<T>(ParseResult parse, T report, SpotSource source, CancellationToken cancellationToken)
    {
        var tree = JsonSerializer.SerializeToNode(report, MetricsJson.Options)!.AsObject();
        tree["source"] = JsonSerializer.SerializeToNode(source.Json, MetricsJson.Options);
        var json = tree.ToJsonString(MetricsJson.Options);
        if (parse.GetValue(GlobalOptions.Json) is { Length: > 0 } file)
            await File.WriteAllTextAsync(file, json + Environment.NewLine, cancellationToken);
        else
            await Console.Out.WriteLineAsync(json);
        return 0;
    }

    internal static int Usage(string message)
    {
        Console.Error.WriteLine($"amtza: {message}");
        return 2;
    }
}
