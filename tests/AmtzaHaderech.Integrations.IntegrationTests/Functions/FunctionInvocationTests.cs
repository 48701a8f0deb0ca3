using System.Text;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Functions.EmploymentService;
using AmtzaHaderech.Integrations.Functions.Health;
using AmtzaHaderech.Integrations.Functions.Municipal;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// Each function invoked directly, with the bindings the host would give it.
[Collection(StorageCollection.Name)]
public sealed class FunctionInvocationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ImportEmploymentServiceFile_BlobInInbound_ImportsIt()
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 11, 26));
        var container = hub.Get<HubStorage>().Container(StorageNames.Containers.Inbound);
        var blob = container.GetBlobClient("employment-service/es-referrals_4521_20261123_01.csv");
        await blob.UploadAsync(new BinaryData(new EsFileBuilder().Add(EsFileBuilder.Row(1)).Add(EsFileBuilder.Row(2)).Build()));
        var function = ActivatorUtilities.CreateInstance<ImportEmploymentServiceFile>(hub.Services);

        var result = await function.Run(new BlobClient(azurite.ConnectionString, container.Name, blob.Name), "es-referrals_4521_20261123_01.csv", CancellationToken.None);

        Assert.Equal(FileStatuses.Imported, result.Status);
        Assert.Equal(2, result.Counts[Outcomes.Accepted]);
    }

    [Fact]
    public async Task ImportMunicipalList_BlobInProfileFolder_ImportsItThroughThatProfile()
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 11, 26));
        var container = hub.Get<HubStorage>().Container(StorageNames.Containers.Inbound);
        var blob = container.GetBlobClient("municipal/modiin/modiin_2026-11.xlsx");
        await blob.UploadAsync(AmtzaCli.Sample("municipal", "modiin_2026-11.xlsx"));
        var function = ActivatorUtilities.CreateInstance<ImportMunicipalList>(hub.Services);

        var result = await function.Run(new BlobClient(azurite.ConnectionString, container.Name, blob.Name), "modiin", "modiin_2026-11.xlsx", CancellationToken.None);

        Assert.Equal((FileStatuses.Imported, (string?)null, 3), (result.Status, result.Encoding, result.Rows));
        Assert.Equal((2, 1), (result.Counts[Outcomes.Accepted], result.Counts[Outcomes.NoConsent]));
        Assert.Empty(result.Records); // the trigger keeps counts only
    }

    [Fact]
    public async Task WriteEmploymentServiceFeedback_Timer_WritesTodaysFileToOutbound()
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 11, 26));
        var function = ActivatorUtilities.CreateInstance<WriteEmploymentServiceFeedback>(hub.Services);

        var file = await function.Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        Assert.Equal("es-feedback_4521_20261126.csv", file.FileName);
        var stored = hub.Get<HubStorage>().Container(StorageNames.Containers.Outbound).GetBlobClient(file.BlobName);
        var content = (await stored.DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal("#סה\"כ,0\r\n", Encoding.UTF8.GetString(content).Split('\n', 2)[1]);
    }

    [Fact]
    public void CheckHealth_Get_ReturnsOk()
    {
        var result = new CheckHealth().Run(new DefaultHttpContext().Request);

        Assert.IsType<OkObjectResult>(result);
    }
}
