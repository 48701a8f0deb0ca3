using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.InfraTests.Bicep;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

/// Nothing in Azure is reached with a key: storage, Key Vault and telemetry take Entra ID tokens.
[Collection(CompiledInfraCollection.Name)]
public sealed class NoKeysTests(CompiledInfra infra)
{
    [Theory]
    [InlineData("listKeys")]
    [InlineData("listAccountSas")]
    [InlineData("listServiceSas")]
    [InlineData("AccountKey=")]
    [InlineData("SharedAccessSignature")]
    [InlineData("SharedAccessKey")]
    [InlineData("DefaultEndpointsProtocol")]
    [InlineData("InstrumentationKey")]
    public void CompiledTemplates_KeyOrConnectionString_IsNowhere(string forbidden)
    {
        Assert.DoesNotContain(forbidden, infra.Main.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(forbidden, infra.EventSubscriptions.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void StorageAccounts_Every_DeniesSharedKeysAndPublicBlobsAndRequiresHttpsTls12()
    {
        var accounts = Properties("Microsoft.Storage/storageAccounts");

        Assert.Equal(2, accounts.Count);
        Assert.All(accounts, p =>
        {
            Assert.False((bool)p["allowSharedKeyAccess"]!);
            Assert.False((bool)p["allowBlobPublicAccess"]!);
            Assert.True((bool)p["supportsHttpsTrafficOnly"]!);
            Assert.True((bool)p["defaultToOAuthAuthentication"]!);
            Assert.Equal("TLS1_2", (string?)p["minimumTlsVersion"]);
        });
    }

    [Fact]
    public void BlobContainers_Every_IsPrivate()
    {
        Assert.All(Properties("Microsoft.Storage/storageAccounts/blobServices/containers"),
            p => Assert.Equal("None", (string?)p["publicAccess"]));
    }

    [Fact]
    public void SftpLocalUsers_Every_SignsInWithAnSshKeyOnly()
    {
        Assert.All(Properties("Microsoft.Storage/storageAccounts/localUsers"), p =>
        {
            Assert.True((bool)p["hasSshKey"]!);
            Assert.False((bool)p["hasSshPassword"]!);
            Assert.False((bool)p["hasSharedKey"]!);
        });
    }

    [Fact]
    public void FunctionApp_Site_IsHttpsOnlyWithTls12AndNoFtp()
    {
        var site = Assert.Single(Properties("Microsoft.Web/sites"));

        Assert.True((bool)site["httpsOnly"]!);
        Assert.Equal("1.2", (string?)site["siteConfig"]!["minTlsVersion"]);
        Assert.Equal("1.2", (string?)site["siteConfig"]!["scmMinTlsVersion"]);
        Assert.Equal("Disabled", (string?)site["siteConfig"]!["ftpsState"]);
    }

    [Fact]
    public void FunctionApp_BasicPublishingCredentials_AreOff()
    {
        var policies = infra.Main.AllResourcesOfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void KeyVault_Access_IsByAzureRbac()
    {
        var vault = Assert.Single(Properties("Microsoft.KeyVault/vaults"));

        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enableSoftDelete"]!);
    }

    [Fact]
    public void Telemetry_LocalAuthentication_IsOff()
    {
        Assert.True((bool)Assert.Single(Properties("Microsoft.Insights/components"))["DisableLocalAuth"]!);
        // The workspace is declared twice: made, then naming its transformation rule (TelemetryTransformTests).
        Assert.All(Properties("Microsoft.OperationalInsights/workspaces"), w => Assert.True((bool)w["features"]!["disableLocalAuth"]!));
    }

    [Fact]
    public void EventSubscriptions_BlobsExtensionKey_IsASecureParameter()
    {
        Assert.Equal("securestring", (string?)infra.EventSubscriptions.Root["parameters"]!["blobsExtensionKey"]!["type"]);
    }

    private List<JsonObject> Properties(string type) =>
        infra.Main.AllResourcesOfType(type).Select(r => r["properties"]!.AsObject()).ToList();
}
