using AmtzaHaderech.Integrations.InfraTests.Bicep;
using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

/// infra/event-subscriptions.bicep, which scripts/post-deploy.sh deploys once the code runs.
[Collection(CompiledInfraCollection.Name)]
public sealed class EventSubscriptionsTests(CompiledInfra infra)
{
    [Theory]
    [InlineData("ImportEmploymentServiceFile", "employment-service")]
    [InlineData("ImportMunicipalList", "municipal")]
    [InlineData("ImportSpotExport", "spot-export")]
    [InlineData("ImportIntakeExport", "intake")]
    public void BlobTrigger_Function_ReadsItsInboundFolder(string function, string folder)
    {
        var triggers = infra.EventSubscriptions.Variables["blobTriggers"]!.AsArray();

        Assert.Contains(triggers, t => (string?)t!["functionName"] == function && (string?)t["folder"] == folder);
    }

    [Fact]
    public void Subscription_Endpoint_IsTheBlobsExtensionWebhookWithItsKey()
    {
        var subscription = Assert.Single(infra.EventSubscriptions.OwnResources, r => (string?)r["type"] == "Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var properties = subscription["properties"]!;

        Assert.Equal(
            "[format('https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}', parameters('functionAppHost'), variables('subscribed')[copyIndex()].functionName, parameters('blobsExtensionKey'))]",
            (string?)properties["destination"]!["properties"]!["endpointUrl"]);
        Assert.Equal("Microsoft.Storage.BlobCreated", (string?)properties["filter"]!["includedEventTypes"]![0]);
        Assert.Equal(
            $"[format('/blobServices/default/containers/{StorageNames.Containers.Inbound}/blobs/{{0}}/', variables('subscribed')[copyIndex()].folder)]",
            (string?)properties["filter"]!["subjectBeginsWith"]);
        Assert.Equal("StorageBlob", (string?)properties["deadLetterWithResourceIdentity"]!["deadLetterDestination"]!["endpointType"]);
    }

    [Fact]
    public void DeadLetterContainer_OfTheSubscriptions_IsDeclared()
    {
        var container = (string?)infra.EventSubscriptions.Root["parameters"]!["deadLetterContainerName"]!["defaultValue"];

        Assert.Equal(container, (string?)infra.Main.Variables["deadLetterContainerName"]);
        Assert.Contains("variables('deadLetterContainerName')", infra.Main.Module("dataStorage").ParameterText("containers"));
    }

    [Fact]
    public void SystemTopic_Source_IsTheHubsStorageAccount()
    {
        var topic = Assert.Single(infra.Main.AllResourcesOfType("Microsoft.EventGrid/systemTopics"));

        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]!["topicType"]);
        Assert.Equal("[reference('dataStorage').outputs.name.value]", infra.Main.Module("eventGrid").ParameterText("storageAccountName"));
    }

    [Fact]
    public void PostDeployScript_Deploys_TheEventSubscriptionsTemplate()
    {
        var script = File.ReadAllText(BicepCli.InfraPath("scripts", "post-deploy.sh"));

        Assert.Contains("event-subscriptions.bicep", script);
        Assert.Contains("systemKeys.blobs_extension", script);
    }
}
