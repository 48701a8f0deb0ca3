using System.Text.Json;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Intake;

/// The bundled Microsoft Forms export through the real CLI (`amtza import intake --json`),
/// after an Employment Service file that already holds one of its people.
[Collection(StorageCollection.Name)]
public sealed class IntakeExportImportTests(AzuriteFixture azurite)
{
    private const string Now = "2026-11-26";
    private static readonly string Export = AmtzaCli.Sample("intake", "microsoft-forms_2026-11.csv");

    private static List<(string Key, string Outcome, string? Reason, string? Screening)> Records(JsonElement file) =>
        [.. file.GetProperty("records").EnumerateArray().Select(r => (
            r.GetProperty("key").GetString()!, r.GetProperty("outcome").GetString()!,
            r.GetProperty("reason").GetString(), r.GetProperty("screening").GetString()))];

    [Fact]
    public async Task ImportIntake_SampleAfterEmploymentService_GivesEachRowsOutcome()
    {
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        var es = await AmtzaCli.RunAsync(["import", "employment-service", AmtzaCli.Sample("employment-service", "es-referrals_4521_20261124_01.csv"), "--json", "--now", Now], environment);
        Assert.True(es.ExitCode == 0, es.Stderr);

        var run = await AmtzaCli.RunAsync(["import", "intake", "--profile", "microsoft-forms", Export, "--json", "--now", Now], environment);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var file = run.Json.GetProperty("files")[0];
        Assert.Equal(("imported", "utf-8", 4), (file.GetProperty("status").GetString(), file.GetProperty("encoding").GetString(), file.GetProperty("rows").GetInt32()));
        var records = Records(file);
        Assert.Equal(("1", "accepted", (string?)null, "eligible"), records[0]);
        Assert.Equal(("2", "no_consent", (string?)null, (string?)null), records[1]);
        Assert.Equal(("3", "rejected", "national_id", (string?)null), records[2]);
        // Ronit Levi came from the Employment Service the day before: the same national ID.
        Assert.Equal(("4", "merged", "rule1"), (records[3].Key, records[3].Outcome, records[3].Reason));
    }

    [Fact]
    public async Task ImportIntake_SameExportAgain_EveryRowNotRejectedIsDuplicate()
    {
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        string[] import = ["import", "intake", "--profile", "microsoft-forms", Export, "--json", "--now", Now];
        var first = await AmtzaCli.RunAsync(import, environment);
        Assert.True(first.ExitCode == 0, first.Stderr);

        var again = await AmtzaCli.RunAsync(import, environment);

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(["duplicate", "duplicate", "rejected", "duplicate"], Records(again.Json.GetProperty("files")[0]).Select(r => r.Outcome));
    }

    [Fact]
    public async Task ImportIntake_UnknownProfile_ExitsTwoNamingTheConfiguredOnes()
    {
        var run = await AmtzaCli.RunAsync(["import", "intake", "--profile", "google-forms", Export, "--json"], AmtzaCli.On(azurite, AzuriteFixture.NewPrefix()));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("microsoft-forms", run.Stderr);
    }
}
