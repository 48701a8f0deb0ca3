using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Facebook.Export;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

// Steps 1-3: every inbound channel's samples, in the order of samples/expected.json.
internal sealed partial class DemoSteps
{
    private const string IntakeProfile = "microsoft-forms";

    public async Task ImportEmploymentServiceFilesAsync()
    {
        _console.MarkupLine("[bold]1. Employment Service referral files[/]");
        var files = Directory.GetFiles(Path.Combine(_samples, "employment-service"), "es-referrals_*.csv").Order(StringComparer.Ordinal).Select(f => new FileInfo(f));
        var importer = _session.Get<EmploymentServiceImporter>();
        _employmentService = await ImportCommands.ImportAllAsync(files, (file, progress) => importer.ImportAsync(file, progress, cancellationToken: _cancellationToken));
        ImportSummary.Render(_console, _employmentService);
    }

    public async Task ImportMunicipalAndIntakeAsync()
    {
        _console.MarkupLine("[bold]2. Municipal mailing lists (Kfar Saba, Modi'in) and intake form exports[/]");
        _municipal = await ImportMunicipalListsAsync();
        ImportSummary.Render(_console, _municipal);
        // Microsoft Forms exports; the later one's answer was given in the form's Russian version.
        var intakeFiles = Directory.GetFiles(Path.Combine(_samples, "intake"), "microsoft-forms_*.csv").Order(StringComparer.Ordinal).Select(f => new FileInfo(f));
        var importer = _session.Get<IntakeExportImporter>();
        _intake = await ImportCommands.ImportAllAsync(intakeFiles, (file, progress) => importer.ImportAsync(IntakeProfile, file, progress, cancellationToken: _cancellationToken));
        ImportSummary.Render(_console, _intake);
    }

    // Then the records the imports left waiting for a person's decision.
    public async Task ImportFacebookLeadsAsync()
    {
        _console.MarkupLine("[bold]3. Facebook Lead Ads (the webhook's leads from Graph, a Leads Center export)[/]");
        _facebook = await ImportFacebookAsync();
        ImportSummary.Render(_console, _facebook);
        _waiting = await ReviewCommands.WaitingAsync(_session, _cancellationToken);
        ReviewTables.RenderSummary(_console, _waiting);
    }

    /// The bundled lists in expected.json's order, each through the profile its name starts with.
    private async Task<ImportResult> ImportMunicipalListsAsync()
    {
        var importer = _session.Get<MunicipalImporter>();
        var lists = new[] { "kfar-saba", "modiin" }
            .SelectMany(profile => Directory.GetFiles(Path.Combine(_samples, "municipal"), profile + "_*").Order(StringComparer.Ordinal)
                .Select(path => (Profile: profile, File: new FileInfo(path))))
            .ToList();
        var files = lists.Select(l => l.File);
        var profiles = lists.ToDictionary(l => l.File.Name, l => l.Profile);
        return await ImportCommands.ImportAllAsync(files, (file, progress) => importer.ImportAsync(profiles[file.Name], file, progress, cancellationToken: _cancellationToken));
    }

    // `amtza serve` receives the signed webhook and fetches each lead from Graph; the demo has no
    // Graph, so it hands the fetched leads (samples/facebook/lead-*.json) to the same importer.
    private async Task<ImportResult> ImportFacebookAsync()
    {
        var folder = Path.Combine(_samples, "facebook");
        var webhook = new FileResult { File = "webhook-batch.json", Status = FileStatuses.Imported };
        foreach (var lead in Directory.GetFiles(folder, "lead-*.json").Order(StringComparer.Ordinal))
            webhook.Add(await _session.Get<FacebookLeadImporter>().ImportGraphLeadAsync(await File.ReadAllTextAsync(lead, _cancellationToken), _cancellationToken), keepRecord: true);
        webhook = webhook with { Rows = webhook.Records.Count };
        var export = await _session.Get<FacebookLeadsExportImporter>().ImportAsync(InboundFile.FromPath(Path.Combine(folder, "leads-export.csv")), cancellationToken: _cancellationToken);
        return new ImportResult([webhook, export]);
    }
}
