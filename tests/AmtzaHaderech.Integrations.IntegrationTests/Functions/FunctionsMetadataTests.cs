using System.Text.Json;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// The Functions host never runs here (Core Tools cannot be installed), so the wiring is checked
/// in the `functions.metadata` the worker SDK generates: every trigger, path, source, connection.
public sealed class FunctionsMetadataTests
{
    private static readonly Dictionary<string, JsonElement> Functions = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))
        .RootElement.EnumerateArray()
        .ToDictionary(f => f.GetProperty("name").GetString()!);

    private static JsonElement Trigger(string function) =>
        Functions[function].GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger"));

    public static TheoryData<string, string, string> BlobTriggers => new()
    {
        { "ImportEmploymentServiceFile", "inbound/employment-service/{name}", "Storage" },
        { "ImportMunicipalList", "inbound/municipal/{profile}/{name}", "Storage" },
        { "ImportIntakeExport", "inbound/intake/{profile}/{name}", "Storage" },
    };

    [Theory]
    [MemberData(nameof(BlobTriggers))]
    public void BlobTrigger_IsEventGridOnInboundFolder(string function, string path, string connection)
    {
        var trigger = Trigger(function);
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(path, trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString()); // the only kind Flex Consumption runs
        Assert.Equal(connection, trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void FeedbackTimer_RunsDailyInUtcEvening()
    {
        var trigger = Trigger("WriteEmploymentServiceFeedback");
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("0 30 20 * * *", trigger.GetProperty("schedule").GetString());
    }

    public static TheoryData<string, string> MonthlyReportTimers => new()
    {
        // The 1st of the month at 03:00 / 03:15 UTC: 05:00-06:15 in Israel, already the 1st there.
        { "SendMonthlyProgramReport", "0 0 3 1 * *" },
        { "SendMonthlyCoordinatorReports", "0 15 3 1 * *" },
        { "SendMonthlyEvaluationReport", "0 30 3 1 * *" },
    };

    [Fact]
    public void WorkshopSignUpListsTimer_RunsDailyInTheAfternoon()
    {
        var trigger = Trigger("SendWorkshopSignUpLists");
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        // 13:00 UTC: 15:00 or 16:00 in Israel, the day before the sessions.
        Assert.Equal("0 0 13 * * *", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void WorkshopListReadBackTimer_RunsDailyInTheEvening()
    {
        var trigger = Trigger("ReadWorkshopSignUpLists");
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        // 18:00 UTC: 20:00 or 21:00 in Israel, after the day's sessions.
        Assert.Equal("0 0 18 * * *", trigger.GetProperty("schedule").GetString());
    }

    [Theory]
    [MemberData(nameof(MonthlyReportTimers))]
    public void ReportTimer_RunsOnTheFirstOfTheMonthInUtc(string function, string schedule)
    {
        var trigger = Trigger(function);
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(schedule, trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void PushSpotChange_QueueTrigger_ReadsTheSpotOutboxQueue()
    {
        var trigger = Trigger("PushSpotChange");
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("spot-outbox", trigger.GetProperty("queueName").GetString());
        Assert.Equal("Storage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void ImportReferralChunk_QueueTrigger_ReadsTheReferralsQueueAndGivesUpAfterFiveTries()
    {
        var trigger = Trigger("ImportReferralChunk");
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("referrals", trigger.GetProperty("queueName").GetString());
        Assert.Equal("Storage", trigger.GetProperty("connection").GetString());
        // A chunk that keeps failing lands in `referrals-poison` (watched by CheckPoisonQueues).
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
        Assert.Equal(5, host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
    }

    [Theory]
    [InlineData("SweepSpotOutbox", "0 */10 * * * *")]
    [InlineData("PullSpotChanges", "0 5,35 * * * *")]
    public void SpotTimers_Schedule_IsAsDocumented(string function, string schedule)
    {
        var trigger = Trigger(function);
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(schedule, trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void EveryTimer_RunsInAmtzaServeOnTheSameSchedule()
    {
        var timers = Functions.Values
            .Select(f => (Function: f.GetProperty("name").GetString()!, Trigger: Trigger(f.GetProperty("name").GetString()!)))
            .Where(f => f.Trigger.GetProperty("type").GetString() == "timerTrigger")
            .Select(f => (f.Function, Schedule: f.Trigger.GetProperty("schedule").GetString()!))
            // Run by FacebookLeadsWorker, with the queue it reconciles.
            .Where(f => f.Function != "ReconcileFacebookLeads")
            .Order();

        Assert.Equal(timers, Cli.Local.LocalSchedules.Timetable.Order());
    }

    [Fact]
    public void HealthRoute_IsExactAndAnonymous()
    {
        var trigger = Trigger("CheckHealth");
        Assert.Equal("api/health", trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    public static TheoryData<string, string, string> IntakeRoutes => new()
    {
        { "ShowIntakeForm", "intake", "get" },
        { "SubmitIntakeForm", "intake", "post" },
        { "ServeIntakeAsset", "intake/assets/{file}", "get" },
        { "SearchOccupations", "intake/occupations", "get" },
        { "ShowAccessibilityStatement", "accessibility", "get" },
        { "OpenShortLink", "l/{code}", "get" },
    };

    [Theory]
    [MemberData(nameof(IntakeRoutes))]
    public void IntakeRoutes_AreCliMdsAndAnonymous(string function, string route, string method)
    {
        var trigger = Trigger(function);
        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void FollowUpsTimer_RunsEveryHalfHourInUtc()
    {
        var trigger = Trigger("RunFollowUps");
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("0 */30 * * * *", trigger.GetProperty("schedule").GetString());
    }

    public static TheoryData<string, string> FollowUpPages => new()
    {
        { "AnswerStatusCheckIn", "s/{token}" },
        { "AnswerConferenceInvitation", "r/{token}" },
        { "AnswerWorkshops", "w/{token}" },
        { "Unsubscribe", "u/{token}" },
    };

    [Theory]
    [MemberData(nameof(FollowUpPages))]
    public void FollowUpPages_AreCliMdsRoutesForGetAndPostAnonymous(string function, string route)
    {
        var trigger = Trigger(function);
        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(["get", "post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void FacebookWebhookRoute_IsExactAnonymousGetAndPost()
    {
        var trigger = Trigger("ReceiveFacebookWebhook");
        Assert.Equal("api/webhooks/facebook", trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString()); // Facebook signs each delivery instead
        Assert.Equal(["get", "post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).Order());
    }

    [Fact]
    public void FetchFacebookLead_IsTriggeredByTheFacebookLeadsQueue()
    {
        var trigger = Trigger("FetchFacebookLead");
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("facebook-leads", trigger.GetProperty("queueName").GetString());
        Assert.Equal("Storage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void FacebookReconciliationTimer_RunsHourlyInUtc()
    {
        var trigger = Trigger("ReconcileFacebookLeads");
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("0 5 * * * *", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void HostJson_RoutePrefixIsEmpty()
    {
        var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json"))).RootElement;
        Assert.Equal("", host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }
}
