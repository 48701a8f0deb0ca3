using System.Text.Json;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Municipal;

/// The bundled lists through the real CLI, after the Employment Service files, in one store:
/// exactly the `municipal` section of samples/expected.json.
[Collection(StorageCollection.Name)]
public sealed class MunicipalSamplesTests(AzuriteFixture azurite)
{
    private static readonly JsonElement ExpectedRoot = JsonDocument.Parse(File.ReadAllText(AmtzaCli.Sample("expected.json"))).RootElement;
    private static readonly JsonElement Expected = ExpectedRoot.GetProperty("municipal");

    /// expected.json's `order` up to the last municipal list, each pattern resolved to its files.
    private static List<(string Folder, string Path)> FilesInOrder()
    {
        var patterns = ExpectedRoot.GetProperty("order").EnumerateArray().Select(p => p.GetString()!).ToList();
        var upTo = patterns.FindLastIndex(p => p.StartsWith("municipal/", StringComparison.Ordinal));
        return [.. patterns.Take(upTo + 1).SelectMany(pattern =>
        {
            var folder = pattern[..pattern.IndexOf('/')];
            return Directory.GetFiles(AmtzaCli.Sample(folder), pattern[(folder.Length + 1)..]).Order(StringComparer.Ordinal).Select(path => (folder, path));
        })];
    }

    [Fact]
    public async Task ImportMunicipal_SamplesAfterEmploymentService_GiveExpectedOutcomes()
    {
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        var files = FilesInOrder();
        Assert.Equal(["employment-service", "employment-service", "employment-service", "municipal", "municipal"], files.Select(f => f.Folder));

        var results = new Dictionary<string, JsonElement>();
        foreach (var (folder, path) in files)
        {
            var name = Path.GetFileName(path);
            string[] command = folder == "municipal"
                ? ["import", "municipal", "--profile", Expected.GetProperty(name).GetProperty("profile").GetString()!, path]
                : ["import", "employment-service", path];
            var run = await AmtzaCli.RunAsync([.. command, "--json", "--now", ExpectedRoot.GetProperty("asOf").GetString()!], environment);
            results[name] = run.Json.GetProperty("files")[0];
            if (folder == "municipal") Assert.True(run.ExitCode == 0, run.Stderr);
        }

        foreach (var expected in Expected.EnumerateObject())
        {
            var actual = results[expected.Name];
            Assert.Equal("imported", actual.GetProperty("status").GetString());
            Assert.Equal(expected.Value.GetProperty("rows").GetInt32(), actual.GetProperty("rows").GetInt32());
            var records = actual.GetProperty("records").EnumerateArray().ToList();
            Assert.Equal(
                expected.Value.GetProperty("outcomes").EnumerateArray().Select((o, i) => ((i + 1).ToString(), o.GetString())),
                records.Select(r => (r.GetProperty("key").GetString()!, r.GetProperty("outcome").GetString())));
            Assert.Equal(records.Count, actual.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()));
            foreach (var record in records)
                AssertScreenedOnlyWithConsent(record);
        }
        Assert.Equal(JsonValueKind.Null, results["modiin_2026-11.xlsx"].GetProperty("encoding").ValueKind);
        Assert.Equal("utf-8", results["kfar-saba_2026-11.csv"].GetProperty("encoding").GetString());
        // Modi'in's row 1 is the Employment Service's Avi Friedman: same phone and birth date.
        Assert.Equal("rule2", results["modiin_2026-11.xlsx"].GetProperty("records")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ImportMunicipal_SameListTwice_EveryRowNotRejectedIsADuplicate()
    {
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        var list = AmtzaCli.Sample("municipal", "kfar-saba_2026-11.csv");
        await AmtzaCli.RunAsync(["import", "municipal", "--profile", "kfar-saba", list, "--now", "2026-11-26"], environment);

        var again = await AmtzaCli.RunAsync(["import", "municipal", "--profile", "kfar-saba", list, "--json", "--now", "2026-11-26"], environment);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(["duplicate", "duplicate", "duplicate", "rejected", "duplicate"],
            again.Json.GetProperty("files")[0].GetProperty("records").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task ImportMunicipal_UnknownProfile_UsageError()
    {
        var run = await AmtzaCli.RunAsync(["import", "municipal", "--profile", "haifa", AmtzaCli.Sample("municipal", "kfar-saba_2026-11.csv")],
            AmtzaCli.On(azurite, AzuriteFixture.NewPrefix()));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("kfar-saba", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task ImportMunicipal_TraceLogging_LogsNoNamesPhonesOrEmails()
    {
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        environment["Logging__LogLevel__Default"] = "Trace";
        var list = AmtzaCli.Sample("municipal", "kfar-saba_2026-11.csv");

        var run = await AmtzaCli.RunAsync(["import", "municipal", "--profile", "kfar-saba", list, "--now", "2026-11-26"], environment);

        Assert.Contains("Record", run.Stderr); // the hub did log, at Information
        var rows = File.ReadAllLines(list).Skip(1).Select(l => l.Split(';'));
        foreach (var value in rows.SelectMany(cells => cells.Take(3)).Where(v => v.Length >= 3))
        {
            Assert.DoesNotContain(value, run.Stderr);
            Assert.DoesNotContain(value.Replace("-", ""), run.Stderr);
        }
    }

    // Screened exactly when the person consented (docs/screening.md is for leads; no_consent is none).
    private static void AssertScreenedOnlyWithConsent(JsonElement record)
    {
        var outcome = record.GetProperty("outcome").GetString();
        var screened = record.GetProperty("screening").ValueKind != JsonValueKind.Null;
        Assert.Equal(outcome is "accepted" or "merged", screened);
        if (outcome is "accepted" or "merged" or "no_consent")
            Assert.False(string.IsNullOrEmpty(record.GetProperty("participantId").GetString()));
    }
}
