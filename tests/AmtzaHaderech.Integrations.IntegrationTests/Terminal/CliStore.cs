using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Terminal;

/// A store filled through the real CLI, once for the class: the Employment Service samples, the
/// Kfar Saba mailing list, the Facebook export and the SPOT export. Commands then run against it
/// laid out for an 80-column terminal.
public sealed class CliStore : IAsyncLifetime
{
    public const int Columns = 80;

    private AzuriteFixture? _azurite;

    public AzuriteFixture Azurite => _azurite!;

    public Dictionary<string, string> Environment { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _azurite = new AzuriteFixture();
        await _azurite.InitializeAsync();
        Environment = Narrow(AmtzaCli.On(_azurite, AzuriteFixture.NewPrefix()));
        string[] now = ["--now", "2026-11-26"];
        await AmtzaCli.RunAsync(["import", "employment-service", .. Directory.GetFiles(AmtzaCli.Sample("employment-service"), "*.csv").Order(StringComparer.Ordinal), .. now], Environment);
        await AmtzaCli.RunAsync(["import", "municipal", "--profile", "kfar-saba", AmtzaCli.Sample("municipal", "kfar-saba_2026-11.csv"), .. now], Environment);
        await AmtzaCli.RunAsync(["import", "facebook-leads", AmtzaCli.Sample("facebook", "leads-export.csv"), .. now], Environment);
        var spot = await AmtzaCli.RunAsync(["import", "spot-export", AmtzaCli.Sample("spot-export"), .. now], Environment);
        Assert.True(spot.ExitCode == 0, spot.Stderr);
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    /// `COLUMNS=80`: tables and lines laid out as on an 80-column terminal.
    public static Dictionary<string, string> Narrow(Dictionary<string, string> environment)
    {
        environment["COLUMNS"] = Columns.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return environment;
    }

    public Task<CliRun> RunAsync(params string[] args) => AmtzaCli.RunAsync(args, Environment);
}
