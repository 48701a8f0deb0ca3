using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Files;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

// Steps 4-6: the files the hub exchanges with its partners: the feedback file to the Employment
// Service, the import files for SPOT, and SPOT's export mirrored into the store.
internal sealed partial class DemoSteps
{
    public async Task WriteFeedbackFileAsync()
    {
        _console.MarkupLine("[bold]4. Feedback to the Employment Service[/]");
        _feedback = await _session.Get<FeedbackFileWriter>().WriteAsync(_today, _cancellationToken);
        _feedbackPath = Path.Combine(_outDir, _feedback.FileName);
        await File.WriteAllBytesAsync(_feedbackPath, _feedback.Content, _cancellationToken);
        _console.MarkupLine($"{Plural.Of(_feedback.Rows, "status change")}:");
        WholeLine.Path(_console, _feedbackPath);
    }

    public async Task WriteSpotImportFilesAsync()
    {
        _console.MarkupLine("[bold]5. SPOT import files (file mode: staff upload them instead of typing)[/]");
        _pushed = await _session.Get<SpotFileGateway>().PushAsync(SpotPushScope.All, _cancellationToken);
        _spotPaths = await SpotCommands.CopyFilesAsync(_session, _pushed.Files, _outDir, _cancellationToken);
        foreach (var (file, path) in _pushed.Files.Zip(_spotPaths))
        {
            _console.MarkupLine($"{file.Kind}: {Plural.Of(file.Rows, "change")}:");
            WholeLine.Path(_console, path!);
        }
        _console.MarkupLine($"{Plural.Of(_pushed.Sent, "change")} written, {_pushed.Pending} pending, {_pushed.Failed.Count} failed");
    }

    public async Task MirrorSpotExportAsync()
    {
        _console.MarkupLine("[bold]6. SPOT export (the program's history, mirrored as it is)[/]");
        _spotExport = await _session.Get<SpotExportImporter>().ImportFolderAsync(Path.Combine(_samples, "spot-export"), _cancellationToken);
        var counts = _spotExport.Counts;
        _console.MarkupLine($"participants {counts.Participants.Imported}, jobs {counts.Employment.Imported}, activities {counts.Activities.Imported} imported; {Plural.Of(_spotExport.Quarantined.Count, "row")} quarantined");
    }
}
