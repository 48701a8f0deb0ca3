using AmtzaHaderech.Integrations.InfraTests.Bicep;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

[Collection(CompiledInfraCollection.Name)]
public sealed class FunctionAppTests(CompiledInfra infra)
{
    [Fact]
    public void Plan_Sku_IsFlexConsumption()
    {
        var plan = Assert.Single(infra.Main.AllResourcesOfType("Microsoft.Web/serverfarms"));

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
    }

    [Fact]
    public void FunctionApp_Runtime_IsDotnetIsolated10OnLinux()
    {
        var site = Assert.Single(infra.Main.AllResourcesOfType("Microsoft.Web/sites"));
        var runtime = site["properties"]!["functionAppConfig"]!["runtime"]!;

        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal("[parameters('runtimeVersion')]", (string?)runtime["version"]);
        Assert.Equal("10.0", (string?)infra.Main.Module("functionApp").Template.Root["parameters"]!["runtimeVersion"]!["defaultValue"]);
        Assert.Null(infra.Main.Module("functionApp").Parameter("runtimeVersion"));
    }

    [Fact]
    public void FunctionApp_IdentityAndDeploymentStorage_AreTheUserAssignedIdentity()
    {
        var site = Assert.Single(infra.Main.AllResourcesOfType("Microsoft.Web/sites"));
        var properties = site["properties"]!;
        var storage = properties["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal("[parameters('identityResourceId')]", (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.Equal("[parameters('identityResourceId')]", (string?)properties["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void FunctionApp_Tag_LetsAzdFindTheService()
    {
        var azure = File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "azure.yaml"));

        Assert.Contains("'azd-service-name', 'hub'", infra.Main.Module("functionApp").ParameterText("tags"));
        Assert.Contains("  hub:\n    project: ./functions/AmtzaHaderech.Integrations.Functions", azure);
        Assert.True(Directory.Exists(Path.Combine(BicepCli.RepositoryRoot, "functions", "AmtzaHaderech.Integrations.Functions")));
    }
}
