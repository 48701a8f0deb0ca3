using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Facebook.Export;
using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza import ...`: bring files in by hand, exactly as the blob triggers do.
public static class ImportCommands
{
    public static Command Create()
    {
        var import = new Command("import", "Import inbound files (the same pipeline as the blob triggers).") { GlobalOptions.Parallel };
        import.Subcommands.Add(EmploymentService());
        import.Subcommands.Add(FacebookLeads());
        import.Subcommands.Add(Municipal());
        import.Subcommands.Add(IntakeExports());
        import.Subcommands.Add(SpotExportCommand.Create());
        return import;
    }

    private static Command EmploymentService()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Referral files (es-referrals_*.csv).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("employment-service", "Import Employment Service referral files.") { files };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files)!;
            if (!await AllExistAsync(paths)) return 1;
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var importer = session.Get<EmploymentServiceImporter>();
            var result = await ImportAllAsync(paths, (file, progress) => importer.ImportAsync(file, progress, cancellationToken: cancellationToken));
            return await ReportAsync(parse, result, cancellationToken);
        });
        return command;
    }

    private static Command FacebookLeads()
    {
        var form = new Option<string?>("--form") { Description = "The form whose mapping applies to every row (default: each row's form_id)." };
        var files = new Argument<FileInfo[]>("csv") { Description = "Leads Center exports (CSV, UTF-8 or UTF-16).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("facebook-leads", "Import lead exports downloaded from Facebook's Leads Center.") { form, files };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files)!;
            if (!await AllExistAsync(paths)) return 1;
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var importer = session.Get<FacebookLeadsExportImporter>();
            var result = await ImportAllAsync(paths, (file, progress) => importer.ImportAsync(file, parse.GetValue(form), progress, cancellationToken: cancellationToken));
            return await ReportAsync(parse, result, cancellationToken);
        });
        return command;
    }

    private static Command Municipal() =>
        Profiled("municipal", "Import municipal mailing lists through a profile.", "The municipal profile the lists are read through (e.g. kfar-saba, modiin).",
            "Municipal lists (csv or xlsx, as the profile says).",
            session =>
            {
                var importer = session.Get<MunicipalImporter>();
                return new ProfiledImporter("municipal", importer.HasProfile, importer.ProfileIds, importer.ImportAsync);
            });

    private static Command IntakeExports() =>
        Profiled("intake", "Import intake-form exports (Microsoft Forms, Google Forms, Excel) through a profile.",
            "The intake profile the exports are read through (e.g. microsoft-forms).", "Form exports (csv or xlsx, as the profile says).",
            session =>
            {
                var importer = session.Get<IntakeExportImporter>();
                return new ProfiledImporter("intake", importer.HasProfile, importer.ProfileIds, importer.ImportAsync);
            });

    private sealed record ProfiledImporter(string Kind, Func<string, bool> HasProfile, IReadOnlyCollection<string> ProfileIds,
        Func<string, InboundFile, IProgress<ImportProgress>?, bool, CancellationToken, Task<FileResult>> ImportAsync);

    // `import <name> --profile <id> <file>...`: the channels read through column profiles.
    private static Command Profiled(string name, string description, string profileHelp, string filesHelp, Func<HubSession, ProfiledImporter> importerOf)
    {
        var profile = new Option<string>("--profile") { Description = profileHelp, Required = true };
        var files = new Argument<FileInfo[]>("files") { Description = filesHelp, Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { profile, files };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files)!;
            if (!await AllExistAsync(paths)) return 1;
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var importer = importerOf(session);
            var profileId = parse.GetValue(profile)!;
            if (!importer.HasProfile(profileId))
            {
                await Console.Error.WriteLineAsync($"No {importer.Kind} profile '{profileId}'. Configured: {string.Join(", ", importer.ProfileIds)}.");
                return 2;
            }
            var result = await ImportAllAsync(paths, (file, progress) => importer.ImportAsync(profileId, file, progress, true, cancellationToken));
            return await ReportAsync(parse, result, cancellationToken);
        });
        return command;
    }

    private static async Task<bool> AllExistAsync(IEnumerable<FileInfo> paths)
    {
        foreach (var missing in paths.Where(f => !f.Exists))
        {
            await Console.Error.WriteLineAsync($"No such file: {missing.FullName}");
            return false;
        }
        return true;
    }

    public static async Task<ImportResult> ImportAllAsync(IEnumerable<FileInfo> paths, Func<InboundFile, IProgress<ImportProgress>, Task<FileResult>> import) =>
        await ProgressDisplay.RunAsync("import", async progress =>
        {
            var results = new List<FileResult>();
            foreach (var path in paths) results.Add(await import(InboundFile.FromPath(path.FullName), progress));
            return new ImportResult(results);
        });

    /// Exit 0 when every file was imported, 1 when one was quarantined (docs/cli.md).
    public static async Task<int> ReportAsync(ParseResult parse, ImportResult result, CancellationToken cancellationToken)
    {
        if (!await JsonOutput.WriteAsync(parse, new { files = result.Files }, cancellationToken))
            ImportSummary.Render(AnsiConsole.Console, result);
        return result.AnyQuarantined ? 1 : 0;
    }
}
