using System.Text;
using AmtzaHaderech.Integrations.Functions.Intake;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.IntegrationTests.Intake;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// The intake form's functions invoked directly, their results executed as the worker would.
[Collection(StorageCollection.Name)]
public sealed class IntakeFunctionsTests(AzuriteFixture azurite)
{
    private static async Task<(int Status, string Body, string? ContentType)> ExecuteAsync(IActionResult result, HttpContext context)
    {
        var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        return (context.Response.StatusCode, Encoding.UTF8.GetString(body.ToArray()), context.Response.ContentType);
    }

    private static DefaultHttpContext Context(IServiceProvider services) => new() { RequestServices = services };

    [Fact]
    public async Task ShowThenSubmit_Functions_ThankYouAndAReferral()
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));
        var show = ActivatorUtilities.CreateInstance<ShowIntakeForm>(app.Services);
        var submit = ActivatorUtilities.CreateInstance<SubmitIntakeForm>(app.Services);

        var form = await ExecuteAsync(show.Run(Context(app.Services).Request), Context(app.Services));
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var post = Context(app.Services);
        var fields = IntakeFormClient.Answers();
        fields["formToken"] = IntakeFormClient.TokenOf(form.Body);
        var body = await new FormUrlEncodedContent(fields).ReadAsByteArrayAsync();
        post.Request.Method = "POST";
        post.Request.ContentType = "application/x-www-form-urlencoded";
        post.Request.ContentLength = body.Length;
        post.Request.Body = new MemoryStream(body);
        var thanks = await ExecuteAsync(await submit.Run(post.Request, CancellationToken.None), post);

        Assert.Equal(200, form.Status);
        Assert.Equal(200, thanks.Status);
        Assert.Contains("תודה, רחל!", thanks.Body);
        var entry = Assert.Single(await app.Get<IntakeLedger>().AllAsync().ToListAsync());
        Assert.Equal(Outcomes.Accepted, entry.Result.Outcome);
    }

    [Fact]
    public async Task ServeIntakeAsset_KnownAndUnknown_ServedOrNotFound()
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));
        var function = new ServeIntakeAsset();

        var css = await ExecuteAsync(function.Run(Context(app.Services).Request, "intake.css"), Context(app.Services));

        Assert.Equal(200, css.Status);
        Assert.StartsWith("text/css", css.ContentType);
        Assert.IsType<NotFoundResult>(function.Run(Context(app.Services).Request, "web.config"));
    }

    [Fact]
    public async Task SearchOccupations_Query_Json()
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));
        var function = ActivatorUtilities.CreateInstance<SearchOccupations>(app.Services);
        var context = Context(app.Services);
        context.Request.QueryString = new QueryString("?q=bookkeeper");

        var result = await ExecuteAsync(function.Run(context.Request), context);

        Assert.Equal(200, result.Status);
        Assert.Contains("\"code\":\"4311\"", result.Body);
    }

    [Fact]
    public async Task ShowAccessibilityStatement_Russian_TheStatementInRussian()
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));
        var function = ActivatorUtilities.CreateInstance<AmtzaHaderech.Integrations.Functions.Accessibility.ShowAccessibilityStatement>(app.Services);
        var context = Context(app.Services);
        context.Request.QueryString = new QueryString("?lang=ru");

        var page = await ExecuteAsync(function.Run(context.Request), context);

        Assert.Equal((200, "text/html; charset=utf-8"), (page.Status, page.ContentType));
        Assert.Contains("<html lang=\"ru\" dir=\"ltr\">", page.Body);
        Assert.Contains("Заявление о доступности", page.Body);
        Assert.Contains("accessibility@example.org", page.Body);
    }
}
