using AmtzaHaderech.Integrations.Benchmarks.Generation;
using AmtzaHaderech.Integrations.Benchmarks.Reporting;
using AmtzaHaderech.Integrations.Benchmarks.Runs;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Benchmarks;

/// How the import benchmark runs: rows decided at once in the concurrent import (1: no
/// concurrent import), the emulated network delay per storage call, and whether the ceiling runs.
public sealed record BenchmarkSetup(int Parallelism, TimeSpan Delay, bool Ceiling, bool Sequential = true);

/// The import benchmark: a warm-up, then for each file size and round the ceiling, the
/// sequential import and the concurrent import, each into empty storage under its own name
/// prefix (see Emulators).
public sealed class ImportBenchmark(TextWriter log, Emulators emulators, BenchmarkSetup setup)
{
    // Enough rows for every outcome to appear at least once, so the ceiling has a ledger entry of each kind to copy.
    private const int WarmUpRows = 300;

    public sealed record Outcome(IReadOnlyList<SizeResult> Sizes, IReadOnlyList<string> Failures);

    private HubSetup Sequential => new(1, setup.Delay);
    private HubSetup Concurrent => new(setup.Parallelism, setup.Delay);

    public async Task<Outcome> RunAsync(IReadOnlyList<int> sizes, int rounds, int seed, string workDir, CancellationToken cancellationToken = default)
    {
        var failures = new List<string>();
        var warmUpFile = await EsFileGenerator.WriteAsync(Path.Combine(workDir, "warm-up"), WarmUpRows, seed + 1, cancellationToken);
        log.WriteLine($"Warm-up: import and ceiling of {WarmUpRows} rows...");
        EntityTemplates templates;
        await using (var emulator = await emulators.LeaseAsync(cancellationToken))
        using (var hub = await BenchHost.StartAsync(emulator.ConnectionString, "warmimport", Concurrent, cancellationToken))
        {
            await ImportRun.RunAsync(hub, warmUpFile, WarmUpRows, "warm-up", cancellationToken);
            templates = await EntityTemplates.ReadAsync(hub.Storage, cancellationToken);
        }
        if (setup.Ceiling) await CeilingAsync("warmceiling", ReferralPlanner.Plan(WarmUpRows, seed + 1).ToArray(), templates, cancellationToken);

        var results = new List<SizeResult>();
        foreach (var rows in sizes)
        {
            var plans = ReferralPlanner.Plan(rows, seed).ToArray();
            var expected = ReferralPlanner.ExpectedCounts(plans);
            var file = await EsFileGenerator.WriteAsync(Path.Combine(workDir, $"rows-{rows}"), rows, seed, cancellationToken);
            var (imports, concurrent, ceilings) = (new List<RunResult>(), new List<RunResult>(), new List<RunResult>());
            for (var round = 1; round <= rounds; round++)
            {
                if (setup.Ceiling)
                {
                    var ceiling = await CeilingAsync($"ceiling{rows}r{round}", plans, templates, cancellationToken);
                    log.WriteLine($"{rows:N0} rows, round {round}: ceiling {ceiling.RowsPerSecond:F1} rows/s ({ceiling.Cost.Elapsed.TotalSeconds:F0} s)");
                    ceilings.Add(ceiling);
                }
                if (setup.Sequential)
                {
                    var import = await ImportAsync($"import{rows}r{round}", file, rows, Sequential, "sequential import", cancellationToken);
                    failures.AddRange(Check(rows, "sequential", import, expected));
                    imports.Add(import);
                    if (setup.Ceiling && import.Cost.TableCalls != ceilings[^1].Cost.TableCalls)
                        log.WriteLine($"WARNING: the import made {import.Cost.TableCalls} Table calls and the ceiling {ceilings[^1].Cost.TableCalls}: "
                            + "the pipeline's storage calls changed; bring CeilingRun in step with ReferralPipeline.");
                }
                if (setup.Parallelism > 1)
                {
                    var parallel = await ImportAsync($"parallel{rows}r{round}", file, rows, Concurrent, $"concurrent import ({setup.Parallelism})", cancellationToken);
                    failures.AddRange(Check(rows, "concurrent", parallel, expected));
                    concurrent.Add(parallel);
                }
            }
            results.Add(new SizeResult(imports, concurrent, ceilings));
        }
        return new Outcome(results, failures);
    }

    private async Task<RunResult> ImportAsync(string prefix, string file, int rows, HubSetup hubSetup, string label, CancellationToken cancellationToken)
    {
        RunResult import;
        await using (var emulator = await emulators.LeaseAsync(cancellationToken))
        using (var hub = await BenchHost.StartAsync(emulator.ConnectionString, prefix, hubSetup, cancellationToken))
            import = await ImportRun.RunAsync(hub, file, rows, label, cancellationToken);
        log.WriteLine($"{rows:N0} rows: {label} {import.RowsPerSecond:F1} rows/s ({import.Cost.Elapsed.TotalSeconds:F0} s, "
            + $"{import.TableCallsPerRow:F2} Table calls a row, load average {MachineInfo.LoadAverage()})");
        return import;
    }

    private async Task<RunResult> CeilingAsync(string prefix, RowPlan[] plans, EntityTemplates templates, CancellationToken cancellationToken)
    {
        await using var emulator = await emulators.LeaseAsync(cancellationToken);
        using var hub = await BenchHost.StartAsync(emulator.ConnectionString, prefix, Sequential, cancellationToken);
        return await new CeilingRun(hub, templates).RunAsync(plans, cancellationToken);
    }

    // The import must give every row the outcome the generator planned, and store one person per
    // accepted row: the concurrent import as much as the sequential one.
    private static IEnumerable<string> Check(int rows, string mode, RunResult import, Dictionary<string, int> expected)
    {
        foreach (var outcome in Outcomes.All)
        {
            var want = expected.GetValueOrDefault(outcome);
            var got = import.Counts.GetValueOrDefault(outcome);
            if (want != got) yield return $"{rows} rows, {mode}: {outcome} {got}, expected {want}";
        }
        var stored = import.Counts.GetValueOrDefault(ImportRun.StoredParticipants);
        if (stored != expected.GetValueOrDefault(Outcomes.Accepted))
            yield return $"{rows} rows, {mode}: {stored} participants stored, expected {expected.GetValueOrDefault(Outcomes.Accepted)}";
    }
}
