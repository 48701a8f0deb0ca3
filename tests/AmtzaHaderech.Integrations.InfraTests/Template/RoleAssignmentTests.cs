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
    [InlineData("Storage Blob Data Contributor", "storageBlobDataContributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe")]
    [InlineData("Storage Queue Data Contributor", "storageQueueDataContributor", "974c5e8b-45b9-4653-ba55-5f855dd0fb88")]
    [InlineData("Storage Table Data Contributor", "storageTableDataContributor", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")]
    [InlineData("Key Vault Secrets User", "keyVaultSecretsUser", "4633458b-17de-408a-b874-0445c86b69e6")]
    [InlineData("Monitoring Metrics Publisher", "monitoringMetricsPublisher", "3913510d-42f4-4e42-8a64-420c390055eb")]
    public void Roles_BuiltInRole_HasItsAzureId(string role, string variable, string id)
    {
        Assert.True(id == (string?)infra.Main.Variables["roles"]![variable], $"{role} must be {id}");
    }

    [Theory]
    [InlineData("dataStorage", "storageBlobDataContributor", "storageQueueDataContributor", "storageTableDataContributor")]
    [InlineData("hostStorage", "storageBlobDataContributor", "storageQueueDataContributor", "storageTableDataContributor")]
    [InlineData("keyVault", "keyVaultSecretsUser")]
    [InlineData("monitoring", "monitoringMetricsPublisher")]
    public void AppIdentity_Module_IsGrantedExactlyTheRolesItUses(string module, params string[] roles)
    {
        var grants = Unescape(infra.Main.Module(module).Deployment["properties"]!["parameters"]!["roleAssignments"]!.ToJsonString());

        // Each grant is union(appRole, { roleDefinitionId: roles.<role> }), appRole being the identity's principal.
        var granted = System.Text.RegularExpressions.Regex.Matches(grants,
                @"union\(createObject\('principalId', reference\('identity'\)\.outputs\.principalId\.value, 'principalType', 'ServicePrincipal'\), createObject\('roleDefinitionId', variables\('roles'\)\.(\w+)\)\)")
            .Select(m => m.Groups[1].Value);
        Assert.Equal(roles.Order(), granted.Order());
    }

    // Owner, Contributor, User Access Administrator, Role Based Access Control Administrator,
    // Storage Blob Data Owner, Key Vault Administrator: none is granted to anyone.
    [Theory]
    [InlineData("8e3af657-a8ff-443c-a75c-2fe8c4bcb635")]
    [InlineData("b24988ac-6180-42e0-ab98-20ee8c84f2a4")]
    [InlineData("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9")]
    [InlineData("f58310d9-a9f6-439a-9e8d-f62e7b41a168")]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b")]
    [InlineData("00482a5a-887f-4fb3-b363-3b7fe8e74483")]
    public void Roles_BroadRole_IsNowhere(string roleId)
    {
        Assert.DoesNotContain(roleId, infra.Main.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(roleId, infra.EventSubscriptions.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Roles_EveryRoleTheHubGrants_IsADataOrReaderRole()
    {
        var granted = infra.Main.Variables["roles"]!.AsObject().Select(r => r.Key);

        Assert.Equal(["storageBlobDataContributor", "storageQueueDataContributor", "storageTableDataContributor",
            "keyVaultSecretsUser", "keyVaultSecretsOfficer", "monitoringMetricsPublisher"], granted);
    }

    private static string Unescape(string json) => System.Text.RegularExpressions.Regex.Unescape(json);
}
