using System.Text.Json;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.EmploymentService;

/// The bundled samples through the real CLI give exactly samples/expected.json.
[Collection(StorageCollection.Name)]
public sealed class EmploymentServiceSamplesTests(AzuriteFixture azurite)
{
    private static readonly JsonElement Expected =
        JsonDocument.Parse(File.ReadAllText(AmtzaCli.Sample("expected.json"))).RootElement.GetProperty("employmentService");

    private static string[] SampleFiles() =>
        [.. Directory.GetFiles(AmtzaCli.Sample("employment-service"), "es-referrals_*.csv").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ImportEmploymentService_Samples_GiveExpectedOutcomes()
    {
        var run = await AmtzaCli.RunAsync(["import", "employment-service", .. SampleFiles(), "--json", "--now", "2026-11-26"], AmtzaCli.On(azurite, AzuriteFixture.NewPrefix()));

        Assert.Equal(1, run.ExitCode); // one sample file is truncated: quarantined
        var files = run.Json.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!);
        foreach (var expectedFile in Expected.EnumerateObject())
        {
            var actual = files[expectedFile.Name];
            var expected = expectedFile.Value;
            Assert.Equal(expected.GetProperty("file").GetString(), actual.GetProperty("status").GetString());
            if (expected.TryGetProperty("reason", out var reason))
            {
                Assert.Equal(reason.GetString(), actual.GetProperty("reason").GetString());
                Assert.Equal(0, actual.GetProperty("rows").GetInt32());
                continue;
            }
            Assert.Equal(expected.GetProperty("rows").GetInt32(), actual.GetProperty("rows").GetInt32());
            if (expected.TryGetProperty("encoding", out var encoding))
                Assert.Equal(encoding.GetString(), actual.GetProperty("encoding").GetString());
            AssertRecords(expected, actual);
        }
    }

    [Fact]
    public async Task ImportEmploymentService_SameFileTwice_SecondRunChangesNothing()
    {
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        var file = SampleFiles()[0];
        var first = await AmtzaCli.RunAsync(["import", "employment-service", file, "--json", "--now", "2026-11-26"], environment);
        var second = await AmtzaCli.RunAsync(["import", "employment-service", file, "--json", "--now", "2026-11-26"], environment);
        var list = await AmtzaCli.RunAsync(["referrals", "list", "--json", "--outcome", "accepted"], environment);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var records = second.Json.GetProperty("files")[0].GetProperty("records").EnumerateArray().ToList();
        var firstRecords = first.Json.GetProperty("files")[0].GetProperty("records").EnumerateArray().ToList();
        for (var i = 0; i < records.Count; i++)
        {
            var before = firstRecords[i].GetProperty("outcome").GetString();
            var expected = before == "rejected" ? "rejected" : "duplicate";
            Assert.Equal(expected, records[i].GetProperty("outcome").GetString());
            if (before is "accepted" or "merged")
                Assert.Equal(firstRecords[i].GetProperty("participantId").GetString(), records[i].GetProperty("participantId").GetString());
        }
        // Still exactly the six accepted people of the first run.
        Assert.Equal(6, list.Json.GetProperty("records").GetArrayLength());
    }

    private static void AssertRecords(JsonElement expected, JsonElement actual)
    {
        var records = actual.GetProperty("records").EnumerateArray().ToList();
        var duplicates = expected.TryGetProperty("duplicates", out var d) ? d.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        foreach (var outcome in expected.GetProperty("outcomes").EnumerateObject())
        {
            var rows = records.Where(r => r.GetProperty("key").GetString() == outcome.Name).ToList();
            var first = rows[0];
            var (wantOutcome, detail) = (outcome.Value[0].GetString(), outcome.Value[1].GetString()!);
            Assert.Equal(wantOutcome, first.GetProperty("outcome").GetString());
            if (wantOutcome == "rejected")
            {
                Assert.Equal(detail, first.GetProperty("reason").GetString());
                Assert.Equal(JsonValueKind.Null, first.GetProperty("screening").ValueKind);
            }
            else
            {
                var screening = first.GetProperty("screening").GetString();
                var screeningReason = first.GetProperty("screeningReason").GetString();
                Assert.Equal(detail, screeningReason is null ? screening : $"{screening}:{screeningReason}");
                Assert.False(string.IsNullOrEmpty(first.GetProperty("participantId").GetString()));
            }
            if (duplicates.Contains(outcome.Name))
                Assert.Equal("duplicate", rows[1].GetProperty("outcome").GetString());
            else
                Assert.Single(rows);
        }
        var counts = actual.GetProperty("counts");
        Assert.Equal(records.Count, counts.EnumerateObject().Sum(c => c.Value.GetInt32()));
        Assert.Equal(actual.GetProperty("rows").GetInt32(), records.Count);
    }
}
