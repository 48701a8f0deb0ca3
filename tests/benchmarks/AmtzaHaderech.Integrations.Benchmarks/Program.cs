using System.CommandLine;
using AmtzaHaderech.Integrations.Benchmarks;
using AmtzaHaderech.Integrations.Benchmarks.Reporting;
using AmtzaHaderech.Integrations.Benchmarks.Runs;
using AmtzaHaderech.Integrations.Cli.Local;

var rowsOption = new Option<int>("--rows") { Description = "Rows of the large file.", DefaultValueFactory = _ => 20_000 };
var smallOption = new Option<int?>("--small") { Description = "Rows of the small file (default: a quarter of --rows)." };
var seedOption = new Option<int>("--seed") { Description = "Seed of the generated files.", DefaultValueFactory = _ => 1 };
var roundsOption = new Option<int>("--rounds") { Description = "Ceiling-then-import rounds per size; the best of each is reported.", DefaultValueFactory = _ => 1 };
var ciOption = new Option<bool>("--ci") { Description = "CI's check that the benchmark still works: no doc update; fails only on a failed import or wrong outcome counts." };
var docOption = new Option<string?>("--doc") { Description = "Markdown file to append the results to (default: docs/benchmarks.md of the repository)." };
var parallelOption = new Option<int>("--parallel") { Description = "Rows decided at once by the concurrent import (Hub:ImportParallelism); 1 runs no concurrent import.", DefaultValueFactory = _ => 16 };
var delayOption = new Option<int>("--delay-ms") { Description = "Emulated network: milliseconds added to every storage call (Azure within a region: about 5).", DefaultValueFactory = _ => 0 };
var noCeilingOption = new Option<bool>("--no-ceiling") { Description = "Leave the ceiling out (it runs as long as the sequential import)." };
var concurrentOnlyOption = new Option<bool>("--concurrent-only") { Description = "Only the concurrent import (with --no-ceiling): beside a sequential run in another process, both under the same load." };

var root = new RootCommand("Import benchmark: a generated Employment Service file into Azurite, beside the storage-only ceiling.")
{
    rowsOption, smallOption, roundsOption, seedOption, ciOption, docOption, parallelOption, delayOption, noCeilingOption, concurrentOnlyOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var rows = parse.GetValue(rowsOption);
    var small = parse.GetValue(smallOption) ?? Math.Max(1, rows / 4);
    var rounds = parse.GetValue(roundsOption);
    var setup = new BenchmarkSetup(parse.GetValue(parallelOption), TimeSpan.FromMilliseconds(parse.GetValue(delayOption)), !parse.GetValue(noCeilingOption),
        Sequential: !parse.GetValue(concurrentOnlyOption));
    if (rows < 1 || small < 1 || rounds < 1 || setup.Parallelism is < 1 or > 64 || setup.Delay < TimeSpan.Zero
        || (!setup.Sequential && (setup.Ceiling || setup.Parallelism == 1)))
    {
        await Console.Error.WriteLineAsync("--rows, --small and --rounds must be at least 1, --parallel from 1 to 64, --delay-ms at least 0; --concurrent-only needs --no-ceiling and --parallel above 1.");
        return 2;
    }
    var seed = parse.GetValue(seedOption);
    var machine = MachineInfo.Describe();
    var started = DateTimeOffset.UtcNow;
    var workDir = Path.Combine(Path.GetTempPath(), $"amtza-bench-{Guid.NewGuid():N}");
    try
    {
        await using var emulators = new Emulators(shared: parse.GetValue(ciOption));
        var outcome = await new ImportBenchmark(Console.Error, emulators, setup).RunAsync([.. new[] { small, rows }.Distinct().Order()], rounds, seed, workDir, cancellationToken);
        Console.WriteLine(SizeResult.Table(outcome.Sizes));
        Console.WriteLine(SizeResult.Outcomes(outcome.Sizes));
        foreach (var failure in outcome.Failures) await Console.Error.WriteLineAsync($"FAILED: {failure}");
        if (outcome.Failures.Count > 0) return 1;

        if (!parse.GetValue(ciOption))
        {
            var doc = parse.GetValue(docOption)
                ?? Path.Combine(AzuriteProgram.ProjectRoot() ?? Directory.GetCurrentDirectory(), "docs", "benchmarks.md");
            await BenchmarkDoc.AppendAsync(doc, BenchmarkDoc.Section(started, machine, seed, setup, $"load average {MachineInfo.LoadAverage()}", outcome.Sizes), cancellationToken);
            await Console.Error.WriteLineAsync($"Results appended to {doc}.");
        }
        return 0;
    }
    finally
    {
        if (Directory.Exists(workDir)) Directory.Delete(workDir, recursive: true);
    }
});

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
    return 2;
}
return await parsed.InvokeAsync();
