using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Demo;

/// One `amtza demo --json` run (about 90 s) for every test that reads what the demo did: the
/// JSON on stdout, the human output on stderr, laid out for an 80-column terminal.
public sealed class DemoRun : IAsyncLifetime
{
    public const int Columns = 80;

    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "amtza-demo-" + Guid.NewGuid().ToString("N")[..8]);
    public CliRun Run { get; private set; } = null!;

    /// stderr's lines: the human output (tables, steps), progress lines and any warning logged.
    public IReadOnlyList<string> Lines => Run.Stderr.ReplaceLineEndings("\n").Split('\n');

    public async Task InitializeAsync() =>
        Run = await AmtzaCli.RunAsync(["demo", "--data-dir", DataDir, "--json"],
            new Dictionary<string, string> { ["COLUMNS"] = Columns.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public Task DisposeAsync()
    {
        if (Directory.Exists(DataDir)) Directory.Delete(DataDir, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoRun>
{
    public const string Name = "demo";
}
