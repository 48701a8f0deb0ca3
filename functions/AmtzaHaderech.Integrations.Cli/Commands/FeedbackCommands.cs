using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.EmploymentService;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza feedback employment-service --date D`: the daily feedback file back to the bureau.
public static class FeedbackCommands
{
    public static Command Create()
    {
        var date = new Option<string?>("--date") { Description = "The day to report (yyyy-MM-dd); default today (Israel time)." };
        var output = new Option<string?>("--out") { Description = "Also copy the file into this folder." };
        var es = new Command("employment-service", "Write the Employment Service feedback file for a date.") { date, output };
        es.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var day = parse.GetValue(date) is { } text
                ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : IsraelTime.Today(session.Get<TimeProvider>());
            var file = await session.Get<FeedbackFileWriter>().WriteAsync(day, cancellationToken);
            string? localPath = null;
            if (parse.GetValue(output) is { } folder)
            {
                Directory.CreateDirectory(folder);
                localPath = Path.GetFullPath(Path.Combine(folder, file.FileName));
                await File.WriteAllBytesAsync(localPath, file.Content, cancellationToken);
            }
            if (!await JsonOutput.WriteAsync(parse, new { file = file.FileName, blob = $"outbound/{file.BlobName}", rows = file.Rows, path = localPath }, cancellationToken))
                Console.WriteLine($"{file.FileName}: {Plural.Of(file.Rows, "status change")} -> outbound/{file.BlobName}{(localPath is null ? "" : " and " + localPath)}");
            return 0;
        });
        var feedback = new Command("feedback", "Write feedback files to partners.");
        feedback.Subcommands.Add(es);
        return feedback;
    }
}
