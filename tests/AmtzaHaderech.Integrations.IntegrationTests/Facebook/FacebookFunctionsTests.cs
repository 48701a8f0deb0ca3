using System.Text;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Facebook.Webhook;
using AmtzaHaderech.Integrations.Functions.Facebook;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.Facebook;

/// The Functions app's three Facebook functions, invoked directly with the bindings the host gives.
[Collection(StorageCollection.Name)]
public sealed class FacebookFunctionsTests(AzuriteFixture azurite) : IDisposable
{
    private readonly FacebookGraphFake _graph = new();

    [Fact]
    public async Task ReceiveFacebookWebhook_Verification_AnswersTheChallengeOr403()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        var function = ActivatorUtilities.CreateInstance<ReceiveFacebookWebhook>(hub.Services);

        var good = await function.Run(Get($"?hub.mode=subscribe&hub.verify_token={FacebookHub.VerifyToken}&hub.challenge=42"), CancellationToken.None);
        var bad = await function.Run(Get("?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=42"), CancellationToken.None);

        var content = Assert.IsType<ContentResult>(good);
        Assert.Equal((200, "42", "text/plain; charset=utf-8"), (content.StatusCode, content.Content, content.ContentType));
        Assert.Equal(403, Assert.IsType<StatusCodeResult>(bad).StatusCode);
    }

    [Fact]
    public async Task ReceiveFacebookWebhook_SignedAndUnsigned_StoresOnlyTheSigned()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        var function = ActivatorUtilities.CreateInstance<ReceiveFacebookWebhook>(hub.Services);

        var unsigned = await function.Run(Post(FacebookHub.SampleBatch(), null), CancellationToken.None);
        Assert.Equal(0, await hub.CountAsync(StorageNames.Tables.FacebookLeads));
        var signed = await function.Run(Post(FacebookHub.SampleBatch(), FacebookHub.SampleSignature()), CancellationToken.None);

        Assert.Equal(401, Assert.IsType<StatusCodeResult>(unsigned).StatusCode);
        Assert.Equal(200, Assert.IsType<StatusCodeResult>(signed).StatusCode);
        Assert.Single(await hub.RawBlobsAsync());
        Assert.Equal(1, await hub.QueuedAsync()); // the delivery, whose leads are stored from the queue
    }

    [Fact]
    public async Task FetchFacebookLead_DeliveryThenLeadMessage_StoresTheLeadsThenImportsOne()
    {
        _graph.AddSampleLeads();
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        await hub.PostWebhookAsync(FacebookHub.SampleBatch(), FacebookHub.SampleSignature());
        var queue = hub.Get<FacebookLeadQueue>();
        var function = ActivatorUtilities.CreateInstance<FetchFacebookLead>(hub.Services);

        // The host hands the trigger the message text base64-decoded.
        var (_, delivery) = (await queue.ReceiveAsync(1, TimeSpan.FromMinutes(1)))[0];
        var spread = await function.Run(Text(delivery), CancellationToken.None);
        await queue.DeleteAsync(delivery);
        var (content, message) = (await queue.ReceiveAsync(1, TimeSpan.FromMinutes(1)))[0];
        var result = await function.Run(Text(message), CancellationToken.None);

        Assert.Equal(FetchStatus.Queued, spread.Status);
        Assert.Equal(3, await hub.CountAsync(StorageNames.Tables.FacebookLeads));
        Assert.Equal(FetchStatus.Imported, result.Status);
        Assert.Equal(content.Lead!.LeadgenId, result.Record!.Key);
        Assert.Contains(content.Lead.LeadgenId, (await hub.OutcomesAsync()).Keys);
    }

    private static string Text(Azure.Storage.Queues.Models.QueueMessage message) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(message.Body.ToString()));

    [Fact]
    public async Task ReconcileFacebookLeads_Timer_ImportsTheConfiguredFormsLeads()
    {
        _graph.AddSampleLeads();
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        var function = ActivatorUtilities.CreateInstance<ReconcileFacebookLeads>(hub.Services);

        var result = await function.Run(new TimerInfo(), CancellationToken.None);

        Assert.Equal(3, result.Imported);
        // An empty store: three new people.
        Assert.Equal([Outcomes.Accepted, Outcomes.Accepted, Outcomes.Accepted], (await hub.OutcomesAsync()).OrderBy(o => o.Key).Select(o => o.Value.Outcome));
    }

    private static HttpRequest Get(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    private static HttpRequest Post(byte[] body, string? signature)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
        if (signature is not null) context.Request.Headers[WebhookSignature.Header] = signature;
        return context.Request;
    }

    public void Dispose() => _graph.Dispose();
}
