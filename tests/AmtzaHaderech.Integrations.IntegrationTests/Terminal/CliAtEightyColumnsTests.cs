using System.CommandLine;
using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Terminal;

/// The commands staff read at a terminal, run as they run them (COLUMNS=80): a line per record,
/// text before JSON, the next command to type, who is due, typos answered with the command meant.
public sealed partial class CliAtEightyColumnsTests(CliStore store) : IClassFixture<CliStore>
{
    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    // A command to copy (WholeLine) may pass 80 columns with a long --data-dir: it is written
    // whole on a line of its own, for the terminal to fold and a selection to copy whole.
    private static void FitsEightyColumns(string output) =>
        Assert.All(Lines(output), line => Assert.True(line.Length <= CliStore.Columns || IsWholeCommand(line), $"{line.Length} columns: {line}"));

    private static bool IsWholeCommand(string line) =>
        line.StartsWith("  amtza ", StringComparison.Ordinal) && !line[2..].Contains("  ", StringComparison.Ordinal);

    [Fact]
    public async Task ReferralsList_Default_ALinePerRecordWithinEightyColumns()
    {
        var text = await store.RunAsync("referrals", "list");
        var json = await store.RunAsync("referrals", "list", "--json");

        Assert.Equal(0, text.ExitCode);
        FitsEightyColumns(text.Stdout);
        var records = json.Json.GetProperty("records").EnumerateArray().ToList();
        Assert.True(records.Count >= 20, json.Stdout);
        // The table's rows, a header, a summary and a hint: no record takes two lines.
        Assert.True(Lines(text.Stdout).Length <= records.Count + 12, text.Stdout);
        var header = Lines(text.Stdout).First(l => l.Contains("key", StringComparison.Ordinal));
        Assert.Matches(@"key\s.*source\s.*outcome\s.*reason", header);
        Assert.DoesNotContain("participant", header, StringComparison.Ordinal);
        foreach (var record in records)
            Assert.Contains(Lines(text.Stdout), l => Regex.IsMatch(l, $@"^\s*{Regex.Escape(record.GetProperty("key").GetString()!)}\s.*{record.GetProperty("source").GetString()}\W+{record.GetProperty("outcome").GetString()}\b"));
        Assert.Contains("amtza referrals show ", text.Stdout);
    }

    [Fact]
    public async Task ReferralsList_Wide_EveryColumnWhole()
    {
        var wide = await store.RunAsync("referrals", "list", "--wide");
        var json = await store.RunAsync("referrals", "list", "--json");

        Assert.Equal(0, wide.ExitCode);
        Assert.Matches(@"id\s.*source\s.*file\s.*row\s.*key\s.*outcome\s.*reason\s.*screening\s.*participant", wide.Stdout);
        foreach (var record in json.Json.GetProperty("records").EnumerateArray())
        {
            Assert.Contains(record.GetProperty("id").GetString()!, wide.Stdout);
            if (record.GetProperty("participantId").GetString() is { } participant) Assert.Contains(participant, wide.Stdout);
        }
    }

    [Fact]
    public async Task ReferralsList_EmptyStore_SaysHowToLoadIt()
    {
        var environment = CliStore.Narrow(AmtzaCli.On(store.Azurite, AzuriteFixture.NewPrefix()));

        var run = await AmtzaCli.RunAsync(["referrals", "list"], environment);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("No inbound records in this store yet.", run.Stdout);
        Assert.Contains("  amtza import employment-service <file>...", run.Stdout);
        FitsEightyColumns(run.Stdout);
    }

    [Fact]
    public async Task ReferralsShow_Default_TheRecordTheRuleAndEachCriterionInWords()
    {
        var run = await store.RunAsync("referrals", "show", "700006");

        Assert.Equal(0, run.ExitCode);
        Assert.False(run.Stdout.TrimStart().StartsWith('{'), run.Stdout);
        FitsEightyColumns(run.Stdout);
        Assert.StartsWith("700006 from employment_service: merged into a person already known (rule1)", run.Stdout);
        Assert.Contains("What arrived", run.Stdout);
        Assert.Matches(@"מספר_הפניה\s+700006", run.Stdout);
        Assert.Contains("the same person (rule 1: the same national ID)", run.Stdout);
        Assert.Contains("Screening as of the record's date: eligible", run.Stdout);
        Assert.Matches(@"age\s+58\s+meets\s+45-75", run.Stdout);
        Assert.Matches(@"years of experience\s+25\s+meets\s+>= 10", run.Stdout);
    }

    [Fact]
    public async Task ReferralsShow_Json_OnlyTheDocument()
    {
        var run = await store.RunAsync("referrals", "show", "700006", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("merged", run.Json.GetProperty("outcome").GetString());
        Assert.Equal("rule1", run.Json.GetProperty("explanation").GetProperty("matching").GetProperty("rule").GetString());
    }

    [Fact]
    public async Task ReviewList_EachItem_TheDecideCommandsToRunNext()
    {
        // A person from the Employment Service, then a lead with their phone and another name: rule 4.
        var prefix = AzuriteFixture.NewPrefix();
        var environment = CliStore.Narrow(AmtzaCli.On(store.Azurite, prefix));
        var dataDir = Path.Combine(Path.GetTempPath(), "amtza-" + Guid.NewGuid().ToString("N")[..6]);
        var path = Path.Combine(Path.GetTempPath(), $"es-referrals_4521_20261123_{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, new EsFileBuilder().Add(EsFileBuilder.Row(1)).Build());
        await AmtzaCli.RunAsync(["import", "employment-service", path, "--data-dir", dataDir], environment);
        File.Delete(path);
        var today = new DateOnly(2026, 11, 26);
        await using (var hub = await TestHub.StartAsync(store.Azurite, today, new() { ["Hub:StorageNamePrefix"] = prefix }))
            await hub.Get<Integrations.Referrals.ReferralPipeline>().ProcessAsync(Leads.Facebook("3001", "Dana", "Cohen", "+972502000001", today), "r1");

        var text = await AmtzaCli.RunAsync(["review", "list", "--data-dir", dataDir], environment);
        var json = await AmtzaCli.RunAsync(["review", "list", "--json"], environment);
        Directory.Delete(dataDir, recursive: true);

        Assert.Equal(0, text.ExitCode);
        FitsEightyColumns(text.Stdout);
        var id = Assert.Single(json.Json.GetProperty("items").EnumerateArray()).GetProperty("id").GetString();
        Assert.Contains($"  amtza review decide {id} same --data-dir {dataDir}\n", text.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains($"  amtza review decide {id} different --data-dir {dataDir}\n", text.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task FollowUpsPlan_ListsWhoIsDueWithNamesCentersRulesAndDates()
    {
        var text = await store.RunAsync("followups", "plan", "--as-of", "2018-11-01");
        var json = await store.RunAsync("followups", "plan", "--as-of", "2018-11-01", "--json");

        Assert.Equal(0, text.ExitCode);
        FitsEightyColumns(text.Stdout);
        var items = json.Json.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count > 1, json.Stdout);
        Assert.Matches(@"participant\s.*name\s.*center\s.*rule\s.*due", text.Stdout);
        foreach (var item in items)
            Assert.Contains(Lines(text.Stdout), l => l.Contains(item.GetProperty("participantId").GetString()!, StringComparison.Ordinal)
                && l.Contains(item.GetProperty("dueOn").GetString()!, StringComparison.Ordinal));
        Assert.Contains("כפר סבא", text.Stdout);
        Assert.Contains($"{items.Count} follow-ups at 2018-11-01:", text.Stdout);
    }

    [Fact]
    public async Task MistypedCommand_SuggestsTheCommandMeantAndExitsTwo()
    {
        var run = await store.RunAsync("referral", "list");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("there is no command 'referral list'. Did you mean:", run.Stderr);
        Assert.Contains("  amtza referrals list", run.Stderr);
    }

    [Theory]
    [InlineData(new[] { "referral", "list" }, "amtza referrals list")]
    [InlineData(new[] { "reveiw", "lst" }, "amtza review list")]
    [InlineData(new[] { "followup", "plan", "--as-of", "2018-11-01" }, "amtza followups plan --as-of 2018-11-01")]
    [InlineData(new[] { "report", "programme", "--as-of", "2018-11-01" }, "amtza report program --as-of 2018-11-01")]
    public void CommandSuggestion_Typo_TheWholeCommandMeant(string[] args, string expected) =>
        Assert.Equal(expected, CommandSuggestion.For(RootCommandOf(), args)?.Meant);

    [Theory]
    [InlineData("xyz")]
    [InlineData("r list")]
    [InlineData("referrals list --wdie")]
    public void CommandSuggestion_NothingClose_NoGuess(string line) =>
        Assert.Null(CommandSuggestion.For(RootCommandOf(), line.Split(' ')));

    [Theory]
    [InlineData(1, "follow-up", null, "1 follow-up")]
    [InlineData(2, "follow-up", null, "2 follow-ups")]
    [InlineData(0, "record", null, "0 records")]
    [InlineData(1234, "person", "people", "1,234 people")]
    public void Plural_Count_NounInTheRightNumber(int count, string singular, string? plural, string expected) =>
        Assert.Equal(expected, Plural.Of(count, singular, plural));

    // The shape of amtza's commands (the real program is tested above, through the process).
    private static RootCommand RootCommandOf()
    {
        static Command WithAsOf(string name) => new(name) { new Option<string>("--as-of") };
        return new RootCommand
        {
            new Command("referrals") { new Command("list") { new Option<bool>("--wide") }, new Command("show") { new Argument<string>("ref") } },
            new Command("review") { new Command("list"), new Command("decide") },
            new Command("followups") { WithAsOf("plan"), new Command("run") },
            new Command("report") { WithAsOf("program"), new Command("coordinators") },
            new Command("spot") { new Command("push"), new Command("pull") },
        };
    }
}
