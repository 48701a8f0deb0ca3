using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Files;
using AmtzaHaderech.Integrations.Spot.Outbox;
using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza spot push|pull|outbox|retry`: drain the SPOT outbox now, pull SPOT's changes now, see
/// what is pending or refused, and send a refused change again once it is fixed.
public static class SpotCommands
{
    public static Command Create()
    {
        var spot = new Command("spot", "Keep SPOT current: push the outbox, pull SPOT's changes.");
        spot.Subcommands.Add(Push());
        spot.Subcommands.Add(Pull());
        spot.Subcommands.Add(OutboxList());
        spot.Subcommands.Add(Retry());
        return spot;
    }

    private static Command Push()
    {
        var output = new Option<string?>("--out") { Description = "File mode: also copy the import files written into this folder." };
        var command = new Command("push", "Deliver every pending change to SPOT now (api mode), or write the import files (file mode).") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var result = await session.Get<SpotSync>().PushAsync(all: true, cancellationToken);
            var paths = await CopyFilesAsync(session, result.Files, parse.GetValue(output), cancellationToken);
            var document = new
            {
                sent = result.Sent,
                pending = result.Pending,
                failed = result.Failed,
                mode = result.Mode,
                files = result.Files.Select((f, i) => new { name = f.Name, kind = f.Kind, rows = f.Rows, blob = $"{f.Container}/{f.Blob}", path = paths[i] }),
            };
            if (!await JsonOutput.WriteAsync(parse, document, cancellationToken))
            {
                Console.WriteLine($"SPOT ({result.Mode} mode): {result.Sent} sent, {result.Pending} pending, {result.Failed.Count} failed");
                foreach (var (file, path) in result.Files.Zip(paths))
                    Console.WriteLine($"  {file.Kind}: {Plural.Of(file.Rows, "row")} -> {file.Container}/{file.Blob}{(path is null ? "" : " and " + path)}");
                WriteFailures(result.Failed);
            }
            return result.Failed.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command Pull()
    {
        var command = new Command("pull", "Bring SPOT's changes since the last pull into the store (api mode).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var result = await session.Get<SpotSync>().PullAsync(cancellationToken);
            if (!await JsonOutput.WriteAsync(parse, new { pulled = result.Pulled, pending = result.Pending, failed = result.Failed, mode = result.Mode }, cancellationToken))
            {
                Console.WriteLine(result.Mode == SpotOptions.ModeFile
                    ? "SPOT file mode: nothing to pull; import SPOT's export with `amtza import spot-export <folder>`."
                    : $"SPOT: {Plural.Of(result.Pulled, "row")} pulled, {Plural.Of(result.Pending, "feed")} to resume, {result.Failed.Count} failed");
                WriteFailures(result.Failed);
            }
            return result.Pending == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command OutboxList()
    {
        var command = new Command("outbox", "List the changes waiting for SPOT, those SPOT refused, and the import files written.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var outbox = session.Get<SpotOutbox>();
            var report = session.Get<SpotPushReport>();
            var pending = new List<PendingChange>();
            foreach (var person in await outbox.PendingPeopleAsync(cancellationToken))
                foreach (var change in await outbox.ChangesAsync(person.ParticipantId, OutboxRows.Pending, cancellationToken))
                {
                    var failure = await report.FailureAsync(change, cancellationToken);
                    pending.Add(new PendingChange(failure.Id, change.Change.Kind, failure.ParticipantId, change.Change.CreatedAt, change.Attempts, change.NextAttemptAt, change.Error));
                }
            var quarantined = new List<SpotFailure>();
            foreach (var change in await outbox.QuarantinedAsync(cancellationToken)) quarantined.Add(await report.FailureAsync(change, cancellationToken));
            var files = await session.Get<SpotFileLedger>().WrittenAsync(cancellationToken);
            if (!await JsonOutput.WriteAsync(parse, new { pending, quarantined, files }, cancellationToken))
            {
                Console.WriteLine($"{pending.Count} pending, {quarantined.Count} quarantined, {Plural.Of(files.Count, "import file")} written");
                foreach (var p in pending)
                    Console.WriteLine($"  pending {p.Id} ({p.Kind}) participant {p.ParticipantId}: {Plural.Of(p.Attempts, "attempt")}, next {p.NextAttemptAt:yyyy-MM-dd HH:mm}Z{(p.Error is null ? "" : ", last error " + p.Error)}");
                WriteFailures(quarantined);
                foreach (var file in files) Console.WriteLine($"  file {file.Blob}: {Plural.Of(file.Rows, "row")}");
            }
            return 0;
        });
        return command;
    }

    private static Command Retry()
    {
        var id = new Argument<string>("change-id") { Description = "The id `spot outbox` lists for a quarantined change." };
        var command = new Command("retry", "Send a change SPOT refused again (after fixing the data).") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var changeId = parse.GetValue(id)!;
            var retried = await session.Get<SpotOutbox>().RetryAsync(changeId, cancellationToken);
            if (!await JsonOutput.WriteAsync(parse, new { id = changeId, retried }, cancellationToken))
                Console.WriteLine(retried ? $"{changeId}: pending again; `amtza spot push` sends it now" : $"{changeId}: no quarantined change with this id");
            return retried ? 0 : 1;
        });
        return command;
    }

    /// Copies the files written into `folder`; the local path of each, or null.
    public static async Task<IReadOnlyList<string?>> CopyFilesAsync(HubSession session, IReadOnlyList<SpotImportFile> files, string? folder, CancellationToken cancellationToken)
    {
        if (folder is null) return [.. files.Select(_ => (string?)null)];
        Directory.CreateDirectory(folder);
        var outbound = session.Get<HubStorage>().Container(StorageNames.Containers.Outbound);
        var paths = new List<string?>();
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(folder, file.Name));
            await outbound.GetBlobClient(file.Blob).DownloadToAsync(path, cancellationToken);
            paths.Add(path);
        }
        return paths;
    }

    private sealed record PendingChange(string Id, string Kind, string? ParticipantId, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset NextAttemptAt, string? Error);

    private static void WriteFailures(IEnumerable<SpotFailure> failures)
    {
        foreach (var f in failures)
            Console.WriteLine($"  {f.State ?? "failed"} {f.Id}{(f.Kind is null ? "" : " (" + f.Kind + ")")}{(f.ParticipantId is null ? "" : " participant " + f.ParticipantId)}: {f.Error}");
    }
}
