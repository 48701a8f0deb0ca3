using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Local;
using AmtzaHaderech.Integrations.MatchingBenchmarks;

var smallOption = new Option<int>("--small") { Description = "People in the small store.", DefaultValueFactory = _ => 1_000 };
var largeOption = new Option<int>("--large") { Description = "People in the large store.", DefaultValueFactory = _ => 100_000 };
var recordsOption = new Option<int>("--records") { Description = "Records of each kind (merges, new people) per store.", DefaultValueFactory = _ => 300 };
var dataOption = new Option<string?>("--data") { Description = "Folder of the persistent Azurite whose stores later runs reuse (default: a folder under the system's temp)." };
var ciOption = new Option<bool>("--ci") { Description = "CI's check that the benchmark still works: 100 and 1,000 people, 20 records, an in-memory Azurite; fails only on wrong outcomes, never on speed." };
var docOption = new Option<string?>("--doc") { Description = "Markdown file to append the results to (default: docs/benchmarks.md of the repository)." };

var root = new RootCommand("Matching benchmark: the referral pipeline's cost per record against a small and a large store of people (the cost must not grow with the store).")
{
    smallOption, largeOption, recordsOption, dataOption, ciOption, docOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var ci = parse.GetValue(ciOption);
    var (small, large, records) = ci ? (100, 1_000, 20) : (parse.GetValue(smallOption), parse.GetValue(largeOption), parse.GetValue(recordsOption));
    if (small < records || large < records || records < 1)
    {
        await Console.Error.WriteLineAsync("--records must be at least 1 and at most each store's size.");
        return 2;
    }
    var started = DateTimeOffset.UtcNow;
    var load = Machine.LoadAverage();
    var dataDir = parse.GetValue(dataOption) ?? Path.Combine(Path.GetTempPath(), "amtza-matching-benchmark");
    await using var azurite = ci ? await Azurite.InMemoryAsync(cancellationToken) : await Azurite.ForDataDirAsync(dataDir, cancellationToken);
    var connection = azurite.Instance.ConnectionString;

    using var smallStore = Store.Open(connection, small, Prefix(small));
    using var largeStore = Store.Open(connection, large, Prefix(large));
    foreach (var store in new[] { smallStore, largeStore })
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var generated = await store.EnsureGeneratedAsync(line => Console.Error.WriteLine(line), cancellationToken);
        await Console.Error.WriteLineAsync(generated
            ? $"Generated {store.Size:N0} people in {clock.Elapsed.TotalSeconds:0} s."
            : $"Reusing the {store.Size:N0}-person store.");
    }

    // Both stores warm, so neither pays for the JIT (ours and Azurite's) or cold caches alone.
    await Console.Error.WriteLineAsync("Warm-up...");
    await MatchingRun.RunAsync(smallStore, Math.Min(50, records), cancellationToken);
    await MatchingRun.RunAsync(largeStore, Math.Min(50, records), cancellationToken);

    var timings = new List<Timing>();
    timings.AddRange(await MatchingRun.RunAsync(smallStore, records, cancellationToken));
    timings.AddRange(await MatchingRun.RunAsync(largeStore, records, cancellationToken));

    var table = ResultsDoc.Table(timings);
    Console.WriteLine(table);
    if (timings.Sum(t => t.WrongOutcomes) is > 0 and var wrong)
    {
        await Console.Error.WriteLineAsync($"FAILED: {wrong} record(s) did not get the expected outcome.");
        return 1;
    }
    if (!ci)
    {
        var doc = parse.GetValue(docOption) ?? Path.Combine(RepositoryRoot(), "docs", "benchmarks.md");
        await ResultsDoc.AppendAsync(doc, ResultsDoc.Section(started, load, Machine.LoadAverage(), records, table), cancellationToken);
        await Console.Error.WriteLineAsync($"Results appended to {doc}.");
    }
    return 0;
});

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
    return 2;
}
return await parsed.InvokeAsync();

// Table names take letters and digits only.
static string Prefix(int size) => "mb" + size.ToString(CultureInfo.InvariantCulture);

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "AmtzaHaderech.Integrations.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run it from inside the repository, or give --doc.");
}
