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

var root = new RootCommand("Import benchmark: a generated Employment Service file into Azurite, beside the storage-only ceiling.")
{
    rowsOption, smallOption, roundsOption, seedOption, ciOption, docOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var rows = parse.GetValue(rowsOption);
    var small = parse.GetValue(smallOption) ?? Math.Max(1, rows / 4);
    var rounds = parse.GetValue(roundsOption);
    if (rows < 1 || small < 1 || rounds < 1)
    {
        await Console.Error.WriteLineAsync("--rows, --small and --rounds must be at least 1.");
        return 2;
    }
    var seed = parse.GetValue(seedOption);
    var machine = MachineInfo.Describe();
    var started = DateTimeOffset.UtcNow;
    var workDir = Path.Combine(Path.GetTempPath(), $"amtza-bench-{Guid.NewGuid():N}");
    try
    {
        await using var emulators = new Emulators(shared: parse.GetValue(ciOption));
        var outcome = await new ImportBenchmark(Console.Error, emulators).RunAsync([.. new[] { small, rows }.Distinct().Order()], rounds, seed, workDir, cancellationToken);
        Console.WriteLine(SizeResult.Table(outcome.Sizes));
        Console.WriteLine(SizeResult.Outcomes(outcome.Sizes));
        foreach (var failure in outcome.Failures) await Console.Error.WriteLineAsync($"FAILED: {failure}");
        if (outcome.Failures.Count > 0) return 1;

        if (!parse.GetValue(ciOption))
        {
            var doc = parse.GetValue(docOption)
                ?? Path.Combine(AzuriteProgram.ProjectRoot() ?? Directory.GetCurrentDirectory(), "docs", "benchmarks.md");
            await BenchmarkDoc.AppendAsync(doc, BenchmarkDoc.Section(started, machine, seed, outcome.Sizes), cancellationToken);
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
