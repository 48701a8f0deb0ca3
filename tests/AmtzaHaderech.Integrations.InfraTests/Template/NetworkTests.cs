using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.InfraTests.Bicep;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

/// Closed by default (docs/security.md, docs/operations.md "Opening a way in"): storage and Key
/// Vault deny the internet and answer private endpoints in the app's network; the function app
/// reaches them through its network integration.
[Collection(CompiledInfraCollection.Name)]
public sealed class NetworkTests(CompiledInfra infra)
{
    private JsonNode StorageProperties(string module) => AccessLogTests.Resource(infra.Main.Module(module).Template, "storage")["properties"]!;

    [Theory]
    [InlineData("hostStorage")]
    [InlineData("dataStorage")]
    public void StorageAccount_Firewall_DeniesEveryAddressNotListed(string module)
    {
        var properties = StorageProperties(module);

        Assert.Equal("Deny", (string?)properties["networkAcls"]!["defaultAction"]);
        Assert.Equal("[if(and(empty(parameters('allowedAddresses')), not(parameters('allowTrustedServices'))), 'Disabled', 'Enabled')]",
            (string?)properties["publicNetworkAccess"]);
        Assert.Equal("[if(parameters('allowTrustedServices'), 'AzureServices', 'None')]", (string?)properties["networkAcls"]!["bypass"]);
    }

    [Fact]
    public void HostStorage_PublicNetworkAccess_IsOff()
    {
        var host = infra.Main.Module("hostStorage");

        // No address and no trusted service: the expression above gives Disabled.
        Assert.Null(host.Parameter("allowedAddresses"));
        Assert.Null(host.Parameter("allowTrustedServices"));
        Assert.Equal("[]", DefaultOf(host.Template, "allowedAddresses"));
        Assert.False((bool)host.Template.Root["parameters"]!["allowTrustedServices"]!["defaultValue"]!);
    }

    [Fact]
    public void DataStorage_Firewall_LetsInOnlySftpAndAdministratorAddressesAndTrustedServices()
    {
        var data = infra.Main.Module("dataStorage");

        Assert.Equal("[concat(if(parameters('enableSftp'), parameters('sftpSourceAddresses'), createArray()), parameters('administratorAddresses'))]",
            data.ParameterText("allowedAddresses"));
        Assert.True((bool)data.Parameter("allowTrustedServices")!);
        var rules = StorageProperties("dataStorage")["networkAcls"]!["copy"]![0]!;
        Assert.Equal(("ipRules", "[parameters('allowedAddresses')[copyIndex('ipRules')]]", "Allow"),
            ((string?)rules["name"], (string?)rules["input"]!["value"], (string?)rules["input"]!["action"]));
    }

    [Fact]
    public void KeyVault_PublicNetworkAccess_OffUnlessAnAdministratorAddressIsListed()
    {
        var vault = infra.Main.Module("keyVault");
        var properties = AccessLogTests.Resource(vault.Template, "vault")["properties"]!;

        Assert.Equal("[parameters('administratorAddresses')]", vault.ParameterText("allowedAddresses"));
        Assert.Equal("[if(empty(parameters('allowedAddresses')), 'Disabled', 'Enabled')]", (string?)properties["publicNetworkAccess"]);
        Assert.Equal(("Deny", "None"), ((string?)properties["networkAcls"]!["defaultAction"], (string?)properties["networkAcls"]!["bypass"]));
    }

    [Fact]
    public void Addresses_Parameters_DefaultToNone()
    {
        var parameters = infra.Main.Root["parameters"]!;

        Assert.All(["administratorAddresses", "sftpSourceAddresses"], name =>
            Assert.Empty(parameters[name]!["defaultValue"]!.AsArray()));
    }

    [Theory]
    [InlineData("hostStorage")]
    [InlineData("dataStorage")]
    public void StorageAccount_PrivateEndpoints_BlobQueueAndTableInTheEndpointSubnet(string module)
    {
        var storage = infra.Main.Module(module);
        var zones = storage.Parameter("privateDnsZoneIds")!.AsObject();

        Assert.Equal("[reference('network').outputs.privateEndpointSubnetId.value]", storage.ParameterText("privateEndpointSubnetId"));
        Assert.Equal(["blob", "queue", "table"], zones.Select(z => z.Key));
        // Each group's zone, found by that group among the network's zones.
        Assert.All(zones, z => Assert.Matches($@"^\[toObject\(reference\('network'\)\.outputs\.dnsZones\.value, .*\)\.{z.Key}\]$", (string?)z.Value));
    }

    [Fact]
    public void KeyVault_PrivateEndpoint_VaultGroupWithItsZone()
    {
        var vault = infra.Main.Module("keyVault");

        Assert.Equal("[reference('network').outputs.privateEndpointSubnetId.value]", vault.ParameterText("privateEndpointSubnetId"));
        Assert.Matches(@"^\[toObject\(reference\('network'\)\.outputs\.dnsZones\.value, .*\)\.vault\]$", vault.ParameterText("privateDnsZoneId"));
        Assert.Equal("[parameters('privateDnsZoneId')]", vault.Template.Module("privateEndpoint").Parameter("groups")!["vault"]!.ToString());
    }

    [Fact]
    public void PrivateEndpoints_Every_RegisteredInItsPrivateDnsZone()
    {
        var endpoints = infra.Main.AllResourcesOfType("Microsoft.Network/privateEndpoints").ToList();
        var zoneGroups = infra.Main.AllResourcesOfType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups").ToList();

        Assert.Equal(3, endpoints.Count); // one module each for the two accounts and the vault, a loop over groups inside
        Assert.Equal(3, zoneGroups.Count);
        Assert.All(endpoints, e => Assert.Equal("[items(parameters('groups'))[copyIndex()].key]",
            (string?)e["properties"]!["privateLinkServiceConnections"]![0]!["properties"]!["groupIds"]![0]));
        Assert.All(zoneGroups, g => Assert.Contains("privateDnsZoneId", g["properties"]!.ToJsonString()));
    }

    [Fact]
    public void Network_Zones_ArePrivatelinkZonesOfBlobQueueTableAndVault()
    {
        var zones = infra.Main.Module("network").Template.Variables["dnsZones"]!.AsObject();

        Assert.Equal(["blob", "queue", "table", "vault"], zones.Select(z => z.Key));
        Assert.Equal("privatelink.vaultcore.azure.net", (string?)zones["vault"]);
        Assert.Equal("[format('privatelink.blob.{0}', environment().suffixes.storage)]", (string?)zones["blob"]);
        Assert.Single(infra.Main.AllResourcesOfType("Microsoft.Network/privateDnsZones/virtualNetworkLinks"));
    }

    [Fact]
    public void Network_AppSubnet_IsDelegatedToMicrosoftAppEnvironments()
    {
        var network = Assert.Single(infra.Main.AllResourcesOfType("Microsoft.Network/virtualNetworks"));
        var subnets = network["properties"]!["subnets"]!.AsArray();

        Assert.Equal(["app", "private-endpoints"], subnets.Select(s => (string?)s!["name"]));
        Assert.Equal("Microsoft.App/environments", (string?)subnets[0]!["properties"]!["delegations"]![0]!["properties"]!["serviceName"]);
        Assert.Equal("Disabled", (string?)subnets[1]!["properties"]!["privateEndpointNetworkPolicies"]);
    }

    [Fact]
    public void FunctionApp_VirtualNetwork_IsTheAppSubnet()
    {
        var app = infra.Main.Module("functionApp");
        var site = Assert.Single(infra.Main.AllResourcesOfType("Microsoft.Web/sites"));

        Assert.Equal("[reference('network').outputs.appSubnetId.value]", app.ParameterText("virtualNetworkSubnetId"));
        Assert.Equal("[if(empty(parameters('virtualNetworkSubnetId')), null(), parameters('virtualNetworkSubnetId'))]",
            (string?)site["properties"]!["virtualNetworkSubnetId"]);
    }

    private static string DefaultOf(ArmTemplate template, string parameter) =>
        template.Root["parameters"]![parameter]!["defaultValue"]!.ToJsonString();
}
