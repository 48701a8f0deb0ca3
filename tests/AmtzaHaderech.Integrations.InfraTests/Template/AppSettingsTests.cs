using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.InfraTests.Bicep;
using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

[Collection(CompiledInfraCollection.Name)]
public sealed partial class AppSettingsTests(CompiledInfra infra)
{
    private AppSettingsView Settings => infra.AppSettings;

    public static TheoryData<RequiredSetting> Required => new(OptionsCatalog.RequiredSettings());

    [Fact]
    public void Wiring_AppSettingsResource_MergesHubListAndPlatformSettings()
    {
        Assert.Equal("[union(parameters('appSettings'), parameters('listSettings'), variables('platformSettings'))]", Settings.Wiring);
        Assert.NotEmpty(Settings.Templated);
    }

    [Fact]
    public void HostStorage_AzureWebJobsStorage_IsIdentityBased()
    {
        Assert.Equal("managedidentity", Settings.Literal["AzureWebJobsStorage__credential"]);
        Assert.All(["clientId", "blobServiceUri", "queueServiceUri", "tableServiceUri"],
            part => Assert.True(Settings.Literal.ContainsKey($"AzureWebJobsStorage__{part}"), part));
        Assert.False(Settings.Declares("AzureWebJobsStorage"), "a connection string for the host storage");
    }

    [Fact]
    public void HubStorage_StorageConnection_IsIdentityBased()
    {
        var connection = StorageNames.Connection;

        Assert.Equal("managedidentity", Settings.Literal[$"{connection}__credential"]);
        Assert.All(["clientId", "blobServiceUri", "queueServiceUri", "tableServiceUri"],
            part => Assert.True(Settings.Literal.ContainsKey($"{connection}__{part}"), part));
        Assert.False(Settings.Declares(connection), "a connection string for the hub's storage");
        Assert.StartsWith("[format('https://{0}.blob.", Settings.Literal[$"{connection}__blobServiceUri"]);
    }

    [Fact]
    public void RequiredOptions_Found_IncludeTheHubSection()
    {
        Assert.Contains(OptionsCatalog.RequiredSettings(), s => s.Name == "Hub__ProgramCode" && s.IsScalar);
    }

    [Theory]
    [MemberData(nameof(Required))]
    public void RequiredOption_Property_HasAnAppSetting(RequiredSetting required)
    {
        var declared = required.IsScalar ? Settings.Declares(required.Name) : Settings.DeclaresUnder(required.Name + "__");

        Assert.True(declared, $"{required} has no app setting in infra/main.bicep");
    }

    [Theory]
    [InlineData("Hub__ProgramCode")]
    [InlineData("Hub__IdentityKeySecret")]
    [InlineData("Spot__Mode")]
    [InlineData("Spot__BaseUrl")]
    [InlineData("Spot__TokenUrl")]
    [InlineData("Spot__ClientId")]
    [InlineData("Spot__ClientSecret")]
    [InlineData("Facebook__AppSecret")]
    [InlineData("Facebook__VerifyToken")]
    [InlineData("Facebook__PageAccessToken")]
    [InlineData("Facebook__GraphBaseUrl")]
    [InlineData("Facebook__ApiVersion")]
    [InlineData("Graph__SenderMailbox")]
    [InlineData("Sms__BaseUrl")]
    [InlineData("Sms__ApiKey")]
    [InlineData("Sms__Sender")]
    [InlineData("FollowUps__LinkSigningKey")]
    [InlineData("FollowUps__PublicBaseUrl")]
    [InlineData("Reports__Teams__{0}__TeamId")]
    [InlineData("Reports__Teams__{0}__ChannelId")]
    [InlineData("Reports__Teams__{0}__WebhookUrl")]
    public void PlannedSetting_Name_IsDeclared(string name)
    {
        Assert.True(Settings.Declares(name), $"{name} is not declared in infra/main.bicep");
    }

    [Fact]
    public void SecretSettings_EveryOne_IsAKeyVaultReference()
    {
        var secrets = Settings.Literal.Where(s => SecretNames.LooksSecret(s.Key)).Select(s => (s.Key, s.Value))
            .Concat(Settings.Templated.Where(t => SecretNames.LooksSecret(t.NameTemplate)).Select(t => (Key: t.NameTemplate, Value: t.ValueExpression)))
            .ToList();

        Assert.Contains(secrets, s => s.Key == "Reports__Teams__{0}__WebhookUrl");
        Assert.All(secrets, s => Assert.True(KeyVaultReference().IsMatch(s.Value), $"{s.Key} is not a Key Vault reference: {s.Value}"));
    }

    [Fact]
    public void KeyVaultReferences_EverySecret_IsOneThePostProvisionScriptKnows()
    {
        var script = File.ReadAllText(BicepCli.InfraPath("scripts", "post-provision.sh"));
        var referenced = Settings.Literal.Values.Concat(Settings.Templated.Select(t => t.ValueExpression))
            .SelectMany(v => KeyVaultReference().Matches(v)).Select(m => m.Groups["secret"].Value).Distinct().ToList();

        Assert.Contains("teams-webhook-url-{1}", referenced);
        Assert.All(referenced.Where(s => !s.Contains('{')), secret => Assert.Contains(secret, script));
        Assert.Contains("teams-webhook-url-{0}", infra.Main.Outputs["TEAMS_WEBHOOK_SECRET_NAMES"]!["value"]!.ToString());
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    [InlineData("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    [InlineData("WEBSITE_CONTENTSHARE")]
    public void FlexConsumption_RefusedSetting_IsAbsent(string name)
    {
        Assert.False(Settings.Declares(name), $"Flex Consumption refuses {name}");
    }

    [Fact]
    public void Identity_DefaultAzureCredentialAndTelemetry_UseTheUserAssignedIdentity()
    {
        Assert.Equal("[parameters('identityClientId')]", Settings.Literal["AZURE_CLIENT_ID"]);
        Assert.Contains("Authorization=AAD", Settings.Literal["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    // @Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>/), the vault's
    // URI coming from the vault's name in main.bicep.
    [GeneratedRegex(@"^\[?format\('@Microsoft\.KeyVault\(SecretUri=\{0\}secrets/(?<secret>[a-z0-9{}-]+)/\)', variables\('keyVaultUri'\)")]
    private static partial Regex KeyVaultReference();
}
