using AmtzaHaderech.Integrations.InfraTests.Bicep;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

/// The Functions host's own telemetry (its request rows, its log lines, its call to the worker)
/// records a request's URL; the workspace replaces a personal link's token as the rows land.
[Collection(CompiledInfraCollection.Name)]
public sealed class TelemetryTransformTests(CompiledInfra infra)
{
    [Fact]
    public void WorkspaceTransforms_HostTables_TheirUrlColumnsRedacted()
    {
        var monitoring = infra.Main.Module("monitoring").Template;
        var rule = AccessLogTests.Resource(monitoring, "telemetryTransforms");
        var columns = monitoring.Variables["redactedColumns"]!.AsObject();

        Assert.Equal("WorkspaceTransforms", (string?)rule["kind"]);
        Assert.Equal(["AppRequests", "AppTraces", "AppDependencies"], columns.Select(c => c.Key));
        Assert.Equal(["Url", "Name", "OperationName"], columns["AppRequests"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(["Message"], columns["AppTraces"]!.AsArray().Select(c => (string)c!));
        var flow = rule["properties"]!["copy"]![0]!["input"]!;
        Assert.Equal("[format('Microsoft-Table-{0}', items(variables('redactedColumns'))[copyIndex('dataFlows')].key)]", (string?)flow["streams"]![0]);
        Assert.Contains("__bicep.replaceFirst(lambdaVariables('column'), variables('tokenPattern'), 1, '{token}')", flow["transformKql"]!.ToString());
        Assert.Contains("__bicep.replaceFirst(lambdaVariables('column'), variables('secretPattern'), 2, '[redacted]')", flow["transformKql"]!.ToString());
        Assert.Equal("@\"/[srwul]/([A-Za-z0-9_-]+)\"", (string?)monitoring.Variables["tokenPattern"]);
    }

    [Fact]
    public void WorkspaceTransforms_Kql_UsesOnlyFunctionsTransformationsAllow()
    {
        // replace_regex and replace_string are refused in transformations: extract, indexof,
        // substring and strcat cut the value instead.
        var function = infra.Main.Module("monitoring").Template.Root["functions"]!.ToJsonString();

        Assert.Contains("extract(", function);
        Assert.DoesNotContain("replace_regex", infra.Main.Text);
        Assert.DoesNotContain("replace_string", infra.Main.Text);
    }

    [Fact]
    public void Workspace_SecondStep_NamesTheRuleAndKeepsEveryOtherProperty()
    {
        var monitoring = infra.Main.Module("monitoring");
        var link = monitoring.Template.Module("telemetryTransformsLink");
        var first = AccessLogTests.Resource(monitoring.Template, "workspace")["properties"]!.AsObject();
        var second = Assert.Single(link.Template.OwnResources)["properties"]!.AsObject();

        Assert.Equal("[resourceId('Microsoft.Insights/dataCollectionRules', format('{0}-transforms', parameters('logAnalyticsName')))]", link.ParameterText("dataCollectionRuleId"));
        Assert.Equal("[parameters('dataCollectionRuleId')]", (string?)second["defaultDataCollectionRuleResourceId"]);
        Assert.Equal(first.Select(p => p.Key), second.Select(p => p.Key).Where(k => k != "defaultDataCollectionRuleResourceId"));
        Assert.Equal(first["sku"]!.ToJsonString(), second["sku"]!.ToJsonString());
        Assert.Equal(first["features"]!.ToJsonString(), second["features"]!.ToJsonString());
    }
}
