using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.InfraTests.Bicep;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

/// The access log (docs/security.md): every read, write and delete of the hub's data and every
/// Key Vault operation lands in the Log Analytics workspace and is kept for a set time.
[Collection(CompiledInfraCollection.Name)]
public sealed class AccessLogTests(CompiledInfra infra)
{
    private const string WorkspaceOutput = "[reference('monitoring').outputs.workspaceResourceId.value]";

    [Theory]
    [InlineData("blobAccessLog", "blobServices")]
    [InlineData("queueAccessLog", "queueServices")]
    [InlineData("tableAccessLog", "tableServices")]
    public void DataStorage_Service_SendsReadWriteAndDeleteToTheWorkspace(string setting, string service)
    {
        var storage = infra.Main.Module("dataStorage");
        var diagnostic = Resource(storage.Template, setting);

        Assert.Equal(WorkspaceOutput, storage.ParameterText("accessLogWorkspaceId"));
        Assert.Equal("Microsoft.Insights/diagnosticSettings", (string?)diagnostic["type"]);
        Assert.Equal($"[resourceId('Microsoft.Storage/storageAccounts/{service}', parameters('name'), 'default')]", (string?)diagnostic["scope"]);
        Assert.Equal("[parameters('accessLogWorkspaceId')]", (string?)diagnostic["properties"]!["workspaceId"]);
        Assert.Equal(["StorageRead", "StorageWrite", "StorageDelete"], Declared(storage.Template, "accessLogCategories"));
        // logs: one entry per category, enabled (a copy loop in the compiled template).
        var logs = diagnostic["properties"]!["copy"]![0]!;
        Assert.Equal(("logs", "[variables('accessLogCategories')[copyIndex('logs')]]", true),
            ((string?)logs["name"], (string?)logs["input"]!["category"], (bool)logs["input"]!["enabled"]!));
    }

    [Fact]
    public void KeyVault_AuditEvent_SentToTheWorkspaceInItsOwnTable()
    {
        var vault = infra.Main.Module("keyVault");
        var properties = Resource(vault.Template, "auditLog")["properties"]!;

        Assert.Equal(WorkspaceOutput, vault.ParameterText("auditLogWorkspaceId"));
        Assert.Equal("[parameters('auditLogWorkspaceId')]", (string?)properties["workspaceId"]);
        Assert.Equal("Dedicated", (string?)properties["logAnalyticsDestinationType"]);
        var log = Assert.Single(properties["logs"]!.AsArray())!;
        Assert.Equal(("AuditEvent", true), ((string?)log["category"], (bool)log["enabled"]!));
    }

    [Fact]
    public void Retention_AccessLogTables_KeptForTheParameterWhichDefaultsTo24Months()
    {
        var monitoring = infra.Main.Module("monitoring");
        var tables = Resource(monitoring.Template, "accessLogRetention");

        Assert.Equal(730, (int)infra.Main.Root["parameters"]!["accessLogRetentionInDays"]!["defaultValue"]!);
        Assert.Equal("[parameters('accessLogRetentionInDays')]", monitoring.ParameterText("accessLogRetentionInDays"));
        Assert.Equal(["StorageBlobLogs", "StorageQueueLogs", "StorageTableLogs", "AZKVAuditLogs"], Declared(monitoring.Template, "accessLogTables"));
        Assert.Equal("[parameters('accessLogRetentionInDays')]", (string?)tables["properties"]!["totalRetentionInDays"]);
    }

    [Fact]
    public void Retention_Production_AccessLog24MonthsLogs90DaysDeletedData30Days()
    {
        var result = BicepCli.Run("build-params", BicepCli.InfraPath("env", "prod.bicepparam"), "--stdout");
        var values = JsonNode.Parse(JsonNode.Parse(result.Stdout)!["parametersJson"]!.GetValue<string>())!["parameters"]!;

        Assert.Equal((730, 90, 30, true), ((int)values["accessLogRetentionInDays"]!["value"]!, (int)values["logRetentionInDays"]!["value"]!,
            (int)values["dataDeleteRetentionDays"]!["value"]!, (bool)values["enablePointInTimeRestore"]!["value"]!));
    }

    internal static JsonObject Resource(ArmTemplate template, string symbolicName) =>
        template.Root["resources"]?[symbolicName]?.AsObject() ?? throw new InvalidOperationException($"no resource {symbolicName}");

    internal static IEnumerable<string> Declared(ArmTemplate template, string variable) =>
        template.Variables[variable]!.AsArray().Select(v => (string)v!);
}
