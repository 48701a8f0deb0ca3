using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Referrals;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza demo`: the main job end to end on the bundled samples, in a fresh store under
/// `<data-dir>/demo`, with the clock at the samples' day.
public static class DemoCommand
{
    public const string SamplesDay = "2026-11-26";

    public static Command Create()
    {
        var command = new Command("demo", "Run the hub end to end on the bundled samples and show what it did.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var demoDir = Path.GetFullPath(Path.Combine(parse.GetValue(GlobalOptions.DataDir)!, "demo"));
            if (Directory.Exists(demoDir)) Directory.Delete(demoDir, recursive: true);
            var outDir = Path.Combine(demoDir, "out");
            Directory.CreateDirectory(outDir);
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");

            await using var session = await HubSession.OpenAsync(parse, cancellationToken, demoDir, SamplesDay);
            var console = JsonOutput.Requested(parse) ? ProgressDisplay.ErrorConsole : AnsiConsole.Console;
            console.Write(new Rule("[bold]Amtza HaDerech hub - demo on the bundled samples[/]"));

            console.MarkupLine("[bold]1. Employment Service referral files[/]");
            var esFiles = Directory.GetFiles(Path.Combine(samples, "employment-service"), "es-referrals_*.csv").Order(StringComparer.Ordinal).Select(f => new FileInfo(f));
            var importer = session.Get<EmploymentServiceImporter>();
            var es = await ImportCommands.ImportAllAsync(esFiles, (file, progress) => importer.ImportAsync(file, progress, cancellationToken: cancellationToken));
            ImportSummary.Render(console, es);

            console.MarkupLine("[bold]2. Feedback to the Employment Service[/]");
            var feedback = await session.Get<FeedbackFileWriter>().WriteAsync(DateOnly.Parse(SamplesDay), cancellationToken);
            var feedbackPath = Path.Combine(outDir, feedback.FileName);
            await File.WriteAllBytesAsync(feedbackPath, feedback.Content, cancellationToken);
            console.MarkupLine($"{feedback.Rows} status changes -> [link]{Markup.Escape(feedbackPath)}[/]");

            console.Write(new Rule());
            console.MarkupLine($"Store: {Markup.Escape(demoDir)} (Azurite data; inspect with `amtza referrals list --data-dir {Markup.Escape(demoDir)}`)");
            console.MarkupLine($"Outputs: {Markup.Escape(outDir)}");
            await JsonOutput.WriteAsync(parse, new { employmentService = es.Files, feedback = new { file = feedbackPath, rows = feedback.Rows }, outputs = outDir }, cancellationToken);
            return 0;
        });
        return command;
    }
}
