using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

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
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());

        // Stop the process hard once it is well into the file.
        using (var process = AmtzaCli.Start(["import", "employment-service", path, "--now", "2026-11-26"], environment))
        {
            var progressed = false;
            while (await process.StandardError.ReadLineAsync() is { } line)
                if (line.Contains("rows") && int.TryParse(line.Split(' ')[^2].Split('/')[0], out var done) && done > 0)
                {
                    await Task.Delay(1500);
                    progressed = true;
                    break;
                }
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.True(progressed, "the import never reported progress");
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
}
