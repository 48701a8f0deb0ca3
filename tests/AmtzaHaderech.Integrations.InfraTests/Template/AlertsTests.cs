using AmtzaHaderech.Integrations.InfraTests.Bicep;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

[Collection(CompiledInfraCollection.Name)]
public sealed class AlertsTests(CompiledInfra infra)
{
    [Theory]
    [InlineData("customMetrics | where name == \"QuarantinedFiles\"")]
    [InlineData("customMetrics | where name == \"PoisonMessages\"")]
    [InlineData("customMetrics | where name == \"FacebookTokenRefused\"")]
    [InlineData("requests | where success == false")]
    public void Alerts_Signal_HasARuleQueryingIt(string query)
    {
        var rules = infra.Main.Module("alerts").Template.Variables["rules"]!.AsArray();

        Assert.Contains(rules, r => ((string)r!["query"]!).StartsWith(query, StringComparison.Ordinal));
    }

    [Fact]
    public void Alerts_Rules_QueryApplicationInsightsAndNotifyTheOperators()
    {
        var rule = Assert.Single(infra.Main.AllResourcesOfType("Microsoft.Insights/scheduledQueryRules"));
        var alerts = infra.Main.Module("alerts");

        Assert.Equal("[length(variables('rules'))]", (string?)rule["copy"]!["count"]);
        Assert.Equal("[parameters('applicationInsightsResourceId')]", (string?)rule["properties"]!["scopes"]![0]);
        Assert.Equal("[reference('monitoring').outputs.resourceId.value]", alerts.ParameterText("applicationInsightsResourceId"));
        Assert.Single(infra.Main.AllResourcesOfType("Microsoft.Insights/actionGroups"));
    }
}
