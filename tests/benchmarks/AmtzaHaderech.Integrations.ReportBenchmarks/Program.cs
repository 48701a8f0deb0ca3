using System.CommandLine;
using AmtzaHaderech.Integrations.ReportBenchmarks;
using AmtzaHaderech.Integrations.ReportBenchmarks.Runs;
using AmtzaHaderech.Integrations.TestData;

// Each participant gets 0 to 10 activities: 500,000 on average for 100,000 participants.
const int ActivitiesUpTo = 10;

var participantsOption = new Option<int>("--participants") { Description = "Participants generated.", DefaultValueFactory = _ => 100_000 };
var roundsOption = new Option<int>("--rounds") { Description = "Rounds; each step's fastest is reported.", DefaultValueFactory = _ => 5 };
var seedOption = new Option<int>("--seed") { Description = "Seed of the generated data.", DefaultValueFactory = _ => 1 };
var ciOption = new Option<bool>("--ci") { Description = "CI's check that the benchmark still works: 2,000 participants, one round, nothing written to the doc." };
var sourceOption = new Option<int>("--source-participants")
{
    Description = "Participants of the source case: the same reports read from an export folder and from the store (0: skip it).",
    DefaultValueFactory = _ => 20_000,
};
var docOption = new Option<string?>("--doc") { Description = "Markdown file to append the results to (default: docs/benchmarks.md of the repository)." };

var referralsOption = new Option<int>("--referrals") { Description = "Referral records generated for the evaluation report's funnel.", DefaultValueFactory = _ => 30_000 };

var root = new RootCommand("Reports benchmark: the program, coordinators' and evaluation reports for generated participants, beside a bare OpenXmlWriter writing the same cells.")
{
    participantsOption, roundsOption, seedOption, ciOption, sourceOption, docOption, referralsOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var ci = parse.GetValue(ciOption);
    var participants = ci ? 2_000 : parse.GetValue(participantsOption);
    var rounds = ci ? 1 : parse.GetValue(roundsOption);
    if (participants < 1 || rounds < 1)
    {
        await Console.Error.WriteLineAsync("--participants and --rounds must be at least 1.");
        return 2;
    }
    var seed = parse.GetValue(seedOption);
    var started = DateTimeOffset.UtcNow;
    _ = ResultsDoc.LoadAtStart;

    await Console.Error.WriteLineAsync($"Generating {participants:N0} participants (seed {seed})...");
    var data = SpotDataGenerator.Generate(participants, seed, ActivitiesUpTo);
    var referralCount = ci ? 600 : parse.GetValue(referralsOption);
    var referrals = ReferralHistoryGenerator.Generate(data, referralCount, seed);
    await Console.Error.WriteLineAsync($"{data.Episodes.Count:N0} jobs, {data.Activities.Count:N0} activities, {referralCount:N0} referral records. Warm-up on a small sample...");
    var warmUp = SpotDataGenerator.Generate(500, seed + 1, ActivitiesUpTo);
    ReportRuns.Run(warmUp, ReferralHistoryGenerator.Generate(warmUp, 200, seed + 1));

    RunResult? best = null;
    for (var round = 1; round <= rounds; round++)
    {
        var result = ReportRuns.Run(data, referrals);
        await Console.Error.WriteLineAsync($"Round {round}: {result.Steps.Sum(s => s.Elapsed.TotalSeconds):0.00} s in all.");
        if (result.ReportedTotal != result.Enrolled)
        {
            await Console.Error.WriteLineAsync($"FAILED: the program report counts {result.ReportedTotal} enrolled, the data has {result.Enrolled}.");
            return 1;
        }
        best = best is null ? result : best with
        {
            // Per step, the fastest round: other work on a shared machine only ever slows a step down.
            Steps = [.. best.Steps.Zip(result.Steps, (a, b) => b.Elapsed < a.Elapsed ? b : a)],
        };
    }

    Console.WriteLine(ResultsDoc.Table(best!, data.Activities.Count));
    var sourceParticipants = ci ? 500 : parse.GetValue(sourceOption);
    IReadOnlyList<Measurement>? source = null;
    if (sourceParticipants > 0)
    {
        source = await SourceRuns.RunAsync(sourceParticipants, seed, rounds, line => Console.Error.WriteLine(line), cancellationToken);
        Console.WriteLine(ResultsDoc.SourceTable(source));
    }
    if (!ci)
    {
        var doc = parse.GetValue(docOption) ?? Path.Combine(RepositoryRoot(), "docs", "benchmarks.md");
        await ResultsDoc.AppendAsync(doc, ResultsDoc.Section(started, participants, data.Activities.Count, rounds, seed, best!, source, sourceParticipants), cancellationToken);
        await Console.Error.WriteLineAsync($"Results appended to {doc}.");
    }
    // The target (issue 21): the evaluation report within 3x of the program report's time.
    if (!ci && best!.EvaluationOverProgram > 3)
    {
        await Console.Error.WriteLineAsync($"FAILED: the evaluation report took {best.EvaluationOverProgram:0.0}x the program report's time; the target is 3x.");
        return 1;
    }
    // The target (issue 11): the store within 3x of the folder. At CI's tiny size only that it runs.
    if (!ci && source is not null && ResultsDoc.StoreOverFolder(source) > 3)
    {
        await Console.Error.WriteLineAsync($"FAILED: reading the store took {ResultsDoc.StoreOverFolder(source):0.0}x the folder's time; the target is 3x.");
        return 1;
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

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "AmtzaHaderech.Integrations.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run it from inside the repository, or give --doc.");
}
