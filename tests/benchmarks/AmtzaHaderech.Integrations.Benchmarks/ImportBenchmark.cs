using AmtzaHaderech.Integrations.Benchmarks.Generation;
using AmtzaHaderech.Integrations.Benchmarks.Reporting;
using AmtzaHaderech.Integrations.Benchmarks.Runs;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Benchmarks;

/// The import benchmark: a warm-up, then for each file size and round the ceiling and then the
/// import, each into empty storage under its own name prefix (see Emulators).
public sealed class ImportBenchmark(TextWriter log, Emulators emulators)
{
    // Enough rows for every outcome to appear at least once, so the ceiling has a ledger entry of each kind to copy.
    private const int WarmUpRows = 300;

    public sealed record Outcome(IReadOnlyList<SizeResult> Sizes, IReadOnlyList<string> Failures);

    public async Task<Outcome> RunAsync(IReadOnlyList<int> sizes, int rounds, int seed, string workDir, CancellationToken cancellationToken = default)
    {
        var failures = new List<string>();
        var warmUpFile = await EsFileGenerator.WriteAsync(Path.Combine(workDir, "warm-up"), WarmUpRows, seed + 1, cancellationToken);
        log.WriteLine($"Warm-up: import and ceiling of {WarmUpRows} rows...");
        EntityTemplates templates;
        await using (var emulator = await emulators.LeaseAsync(cancellationToken))
        using (var hub = await BenchHost.StartAsync(emulator.ConnectionString, "warmimport", cancellationToken))
        {
            await ImportRun.RunAsync(hub, warmUpFile, WarmUpRows, cancellationToken);
            templates = await EntityTemplates.ReadAsync(hub.Storage, cancellationToken);
        }
        await CeilingAsync("warmceiling", ReferralPlanner.Plan(WarmUpRows, seed + 1).ToArray(), templates, cancellationToken);

        var results = new List<SizeResult>();
        foreach (var rows in sizes)
        {
            var plans = ReferralPlanner.Plan(rows, seed).ToArray();
            var file = await EsFileGenerator.WriteAsync(Path.Combine(workDir, $"rows-{rows}"), rows, seed, cancellationToken);
            var (imports, ceilings) = (new List<RunResult>(), new List<RunResult>());
            for (var round = 1; round <= rounds; round++)
            {
                var ceiling = await CeilingAsync($"ceiling{rows}r{round}", plans, templates, cancellationToken);
                log.WriteLine($"{rows:N0} rows, round {round}: ceiling {ceiling.RowsPerSecond:F1} rows/s ({ceiling.Cost.Elapsed.TotalSeconds:F0} s)");
                RunResult import;
                await using (var emulator = await emulators.LeaseAsync(cancellationToken))
                using (var hub = await BenchHost.StartAsync(emulator.ConnectionString, $"import{rows}r{round}", cancellationToken))
                    import = await ImportRun.RunAsync(hub, file, rows, cancellationToken);
                log.WriteLine($"{rows:N0} rows, round {round}: import {import.RowsPerSecond:F1} rows/s ({import.Cost.Elapsed.TotalSeconds:F0} s)");
                failures.AddRange(Check(rows, import, ReferralPlanner.ExpectedCounts(plans)));
                if (import.Cost.TableCalls != ceiling.Cost.TableCalls)
                    log.WriteLine($"WARNING: the import made {import.Cost.TableCalls} Table calls and the ceiling {ceiling.Cost.TableCalls}: "
                        + "the pipeline's storage calls changed; bring CeilingRun in step with ReferralPipeline.");
                (imports, ceilings) = ([.. imports, import], [.. ceilings, ceiling]);
            }
            results.Add(new SizeResult(imports, ceilings));
        }
        return new Outcome(results, failures);
    }

    private async Task<RunResult> CeilingAsync(string prefix, RowPlan[] plans, EntityTemplates templates, CancellationToken cancellationToken)
    {
        await using var emulator = await emulators.LeaseAsync(cancellationToken);
        using var hub = await BenchHost.StartAsync(emulator.ConnectionString, prefix, cancellationToken);
        return await new CeilingRun(hub, templates).RunAsync(plans, cancellationToken);
    }

    // The import must give every row the outcome the generator planned, and store one person per accepted row.
    private static IEnumerable<string> Check(int rows, RunResult import, Dictionary<string, int> expected)
    {
        foreach (var outcome in Outcomes.All)
        {
            var want = expected.GetValueOrDefault(outcome);
            var got = import.Counts.GetValueOrDefault(outcome);
            if (want != got) yield return $"{rows} rows: {outcome} {got}, expected {want}";
        }
        var stored = import.Counts.GetValueOrDefault(ImportRun.StoredParticipants);
        if (stored != expected.GetValueOrDefault(Outcomes.Accepted))
            yield return $"{rows} rows: {stored} participants stored, expected {expected.GetValueOrDefault(Outcomes.Accepted)}";
    }
}
