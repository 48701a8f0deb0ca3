namespace AmtzaHaderech.Integrations.InfraTests.Bicep;

/// infra/main.bicep and infra/event-subscriptions.bicep compiled once for all the tests. A build
/// that fails leaves an empty template: Build_MainAndEventSubscriptions_ReportNothing shows why.
public sealed class CompiledInfra
{
    private readonly Lazy<AppSettingsView> _appSettings;

    public CompiledInfra()
    {
        MainBuild = BicepCli.Run("build", BicepCli.InfraPath("main.bicep"), "--stdout");
        EventSubscriptionsBuild = BicepCli.Run("build", BicepCli.InfraPath("event-subscriptions.bicep"), "--stdout");
        Main = Parse(MainBuild);
        EventSubscriptions = Parse(EventSubscriptionsBuild);
        _appSettings = new(() => AppSettingsView.From(Main));
    }

    public BicepResult MainBuild { get; }

    public BicepResult EventSubscriptionsBuild { get; }

    public ArmTemplate Main { get; }

    public ArmTemplate EventSubscriptions { get; }

    public AppSettingsView AppSettings => _appSettings.Value;

    private static ArmTemplate Parse(BicepResult build) => ArmTemplate.Parse(build.ExitCode == 0 ? build.Stdout : "{}");
}

[CollectionDefinition(Name)]
public sealed class CompiledInfraCollection : ICollectionFixture<CompiledInfra>
{
    public const string Name = "Compiled infra";
}
