using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.IntegrationTests.EmploymentService;

/// Killing an import midway and running it again loses nothing and duplicates nothing.
[Collection(StorageCollection.Name)]
public sealed class InterruptedImportTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Import_KilledMidFileThenRerun_EveryReferralOnceAndNoPersonTwice()
    {
        const int rows = 600;
        var builder = new EsFileBuilder();
        for (var n = 1; n <= rows; n++)
        {
            var row = EsFileBuilder.Row(n);
            if (n % 10 == 0) row["מספר_זהות"] = EsFileBuilder.ValidId(200000 + n - 1); // same person as the row before: merged
            builder.Add(row);
        }
        var path = Path.Combine(Path.GetTempPath(), $"es-referrals_4521_20261123_{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, builder.Build());
        var prefix = AzuriteFixture.NewPrefix();
        var environment = AmtzaCli.On(azurite, prefix);

        // Stop the process hard as soon as it has committed a first referral (its key row, the
        // record's commit point), whatever the machine's speed: the rest of the file is still to come.
        using (var process = AmtzaCli.Start(["import", "employment-service", path, "--now", "2026-11-26"], environment))
        {
            var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            var keys = new TableClient(azurite.ConnectionString, prefix + StorageNames.Tables.IntakeKeys);
            while (!process.HasExited && !await AnyRowAsync(keys)) await Task.Delay(20);
            var committed = !process.HasExited;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await output;
            Assert.True(committed, "the import ended before it was stopped");
        }
        var partial = await AmtzaCli.RunAsync(["referrals", "list", "--json"], environment);
        var before = partial.Json.GetProperty("records").GetArrayLength();
        Assert.InRange(before, 1, rows - 1);

        var rerun = await AmtzaCli.RunAsync(["import", "employment-service", path, "--json", "--now", "2026-11-26"], environment);
        Assert.Equal(0, rerun.ExitCode);

        var all = (await AmtzaCli.RunAsync(["referrals", "list", "--json"], environment)).Json.GetProperty("records").EnumerateArray().ToList();
        // Every referral is decided, and decided the same way if decided twice: the one row in flight
        // when the process died was recorded by the first receipt but not committed, so the second
        // receipt decided it again, identically. Every other row of the second receipt is a duplicate.
        var decisions = all.Where(r => r.GetProperty("outcome").GetString() != "duplicate")
            .GroupBy(r => r.GetProperty("key").GetString())
            .ToList();
        Assert.Equal(rows, decisions.Count);
        Assert.InRange(decisions.Count(g => g.Count() > 1), 0, 1);
        Assert.All(decisions, g => Assert.Single(g.Select(r => (r.GetProperty("outcome").GetString(), r.GetProperty("participantId").GetString())).Distinct()));
        var deciding = decisions.Select(g => g.First()).ToList();
        Assert.Equal(rows / 10, deciding.Count(r => r.GetProperty("outcome").GetString() == "merged"));
        var people = deciding.Select(r => r.GetProperty("participantId").GetString()).Distinct().Count();
        Assert.Equal(rows - rows / 10, people);
        File.Delete(path);
    }

    private static async Task<bool> AnyRowAsync(TableClient table)
    {
        try
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1)) return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The CLI has not created its tables yet.
        }
        return false;
    }
}
