using AmtzaHaderech.Integrations.InfraTests.Bicep;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

[Collection(CompiledInfraCollection.Name)]
public sealed class RoleAssignmentTests(CompiledInfra infra)
{
    [Fact]
    public void RoleAssignments_Every_IsNamedFromScopePrincipalAndRole()
    {
        var names = infra.Main.AllResourcesOfType("Microsoft.Authorization/roleAssignments").Select(r => (string)r["name"]!).ToList();

        Assert.True(names.Count >= 5);
        // guid(<scope>.id, principalId, roleDefinitionId), as compiled.
        Assert.All(names, name => Assert.Matches(@"^\[guid\((resourceId|extensionResourceId)\(.*\), [^,]*principalId[^,]*, [^,]*roleDefinitionId[^,]*\)\]$", name));
    }

    [Theory]
    [InlineData("Storage Blob Data Owner", "storageBlobDataOwner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b")]
    [InlineData("Storage Queue Data Contributor", "storageQueueDataContributor", "974c5e8b-45b9-4653-ba55-5f855dd0fb88")]
    [InlineData("Storage Table Data Contributor", "storageTableDataContributor", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")]
    [InlineData("Key Vault Secrets User", "keyVaultSecretsUser", "4633458b-17de-408a-b874-0445c86b69e6")]
    [InlineData("Monitoring Metrics Publisher", "monitoringMetricsPublisher", "3913510d-42f4-4e42-8a64-420c390055eb")]
    public void Roles_BuiltInRole_HasItsAzureId(string role, string variable, string id)
    {
        Assert.True(id == (string?)infra.Main.Variables["roles"]![variable], $"{role} must be {id}");
    }

    [Theory]
    [InlineData("dataStorage", "storageBlobDataOwner")]
    [InlineData("dataStorage", "storageQueueDataContributor")]
    [InlineData("dataStorage", "storageTableDataContributor")]
    [InlineData("hostStorage", "storageBlobDataOwner")]
    [InlineData("hostStorage", "storageQueueDataContributor")]
    [InlineData("keyVault", "keyVaultSecretsUser")]
    [InlineData("monitoring", "monitoringMetricsPublisher")]
    public void AppIdentity_Module_IsGrantedTheRole(string module, string role)
    {
        var grants = infra.Main.Module(module).Deployment["properties"]!["parameters"]!["roleAssignments"]!.ToJsonString();

        // Each grant is union(appRole, { roleDefinitionId: roles.<role> }), appRole being the identity's principal.
        Assert.Matches($@"union\(createObject\('principalId', reference\('identity'\)\.outputs\.principalId\.value, 'principalType', 'ServicePrincipal'\), createObject\('roleDefinitionId', variables\('roles'\)\.{role}\)\)", Unescape(grants));
    }

    private static string Unescape(string json) => System.Text.RegularExpressions.Regex.Unescape(json);
}
