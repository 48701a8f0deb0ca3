using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Spot.Export;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza import spot-export <folder>`: backfill or refresh the store from a SPOT export folder.
public static class SpotExportCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The export folder (participants.csv, employment.csv, activities.csv)." };
        var command = new Command("spot-export", "Import a SPOT export folder (backfill or refresh).") { folder };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(folder)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such folder: {path.FullName}");
                return 1;
            }
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var result = await session.Get<SpotExportImporter>().ImportFolderAsync(path.FullName, cancellationToken);
            if (!await JsonOutput.WriteAsync(parse, result, cancellationToken)) await RenderAsync(result);
            // Rows quarantined inside the files do not change the exit code; a refused folder does (docs/cli.md).
            return result.Refused ? 1 : 0;
        });
        return command;
    }

    public static async Task RenderAsync(SpotExportResult result)
    {
        var output = Console.Out;
        await output.WriteLineAsync($"{result.Folder}: {result.Status}{(result.Reason is null ? "" : " (" + result.Reason + ")")}");
        foreach (var (file, counts) in new[] { ("participants", result.Counts.Participants), ("employment", result.Counts.Employment), ("activities", result.Counts.Activities) })
            await output.WriteLineAsync($"  {file}: {counts.Imported} imported, {counts.Unchanged} unchanged, {counts.Quarantined} quarantined");
        foreach (var q in result.Quarantined)
            await output.WriteLineAsync($"  quarantined {q.File} row {q.Row}: {q.Reason}");
    }
}
