namespace AmtzaHaderech.Integrations.InfraTests.Bicep;

/// infra/main.bicep and infra/event-subscriptions.bicep compiled once for all the tests.
public sealed class CompiledInfra
{
    public CompiledInfra()
    {
        MainBuild = BicepCli.Run("build", BicepCli.InfraPath("main.bicep"), "--stdout");
        EventSubscriptionsBuild = BicepCli.Run("build", BicepCli.InfraPath("event-subscriptions.bicep"), "--stdout");
        Main = ArmTemplate.Parse(MainBuild.Stdout);
        EventSubscriptions = ArmTemplate.Parse(EventSubscriptionsBuild.Stdout);
        AppSettings = AppSettingsView.From(Main);
    }

    public BicepResult MainBuild { get; }

    public BicepResult EventSubscriptionsBuild { get; }

    public ArmTemplate Main { get; }

    public ArmTemplate EventSubscriptions { get; }

    public AppSettingsView AppSettings { get; }
}

[CollectionDefinition(Name)]
public sealed class CompiledInfraCollection : ICollectionFixture<CompiledInfra>
{
    public const string Name = "Compiled infra";
}
