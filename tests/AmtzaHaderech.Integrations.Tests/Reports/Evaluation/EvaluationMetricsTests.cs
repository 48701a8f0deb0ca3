using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.TestData;

namespace AmtzaHaderech.Integrations.Tests.Reports.Evaluation;

/// The hand-computed case (tests/AmtzaHaderech.Integrations.TestData/Evaluation): every figure
/// at two dates, worked out on paper from docs/evaluation.md, against the implementation and the
/// naive oracle.
public sealed class EvaluationMetricsTests
{
    private static readonly Lazy<Task<SpotSnapshot>> Fixture = new(() => SpotExportReader.ReadFolderAsync(EvaluationFixture.SpotExportFolder));

    public static TheoryData<string> Dates => [EvaluationFixture.FirstDate.ToString("yyyy-MM-dd"), EvaluationFixture.SecondDate.ToString("yyyy-MM-dd")];

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task Compute_HandComputedFixture_EqualsExpectedJson(string date)
    {
        var (data, asOf, from, to) = await CaseAsync(date);

        var report = EvaluationMetrics.Compute(data, asOf, EvaluationFixture.Funnel, from, to);

        JsonTreeAssert.Equal(await ExpectedAsync(asOf), JsonNode.Parse(MetricsJson.Serialize(report)));
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task NaiveCompute_HandComputedFixture_EqualsExpectedJson(string date)
    {
        // The oracle the generated cases use must itself agree with the hand computation.
        var (data, asOf, from, to) = await CaseAsync(date);

        JsonTreeAssert.Equal(await ExpectedAsync(asOf), NaiveEvaluation.Compute(data, asOf, EvaluationFixture.Funnel, from, to));
    }

    [Fact]
    public async Task Compute_WithoutWindow_FunnelCoversTheTwelveMonthsEndingAtD()
    {
        var data = await Fixture.Value;

        var report = EvaluationMetrics.Compute(data, EvaluationFixture.FirstDate, EvaluationFixture.Funnel);

        Assert.Equal((new DateOnly(2018, 3, 1), EvaluationFixture.FirstDate), (report.Funnel.From, report.Funnel.To));
        // The record received at 00:30 on 1 March in Israel (22:30 UTC the day before) is in it.
        Assert.Equal(1, report.Funnel.Channels[0].Records);
    }

    [Theory]
    [InlineData("2019-02-28", "2018-03-01")]
    [InlineData("2020-02-29", "2019-03-01")]
    [InlineData("2019-03-31", "2018-04-01")]
    [InlineData("2019-06-15", "2018-06-16")]
    public void DefaultWindow_AnyDay_StartsTheDayAfterTwelveMonthsBefore(string asOf, string from)
    {
        var day = DateOnly.Parse(asOf);

        Assert.Equal((DateOnly.Parse(from), day), EvaluationMetrics.DefaultWindow(day));
    }

    [Fact]
    public void Compute_NoWorkshopsNoReferrals_EveryRowPresentWithNulls()
    {
        var data = new SpotSnapshot([new SpotParticipant { ParticipantId = "P1", EnrolledOn = new DateOnly(2019, 1, 31) }], [], []);

        var json = JsonNode.Parse(MetricsJson.Serialize(EvaluationMetrics.Compute(data, new DateOnly(2019, 2, 28), FunnelInputs.None)))!;

        Assert.Equal(["employment_service", "friend", "employment_center", "social_media", "municipal", "other", "unknown", "all"],
            json["channels"]!.AsArray().Select(c => (string?)c!["source"]));
        Assert.Empty(json["workshops"]!.AsArray());
        Assert.Equal(["employment_service", "municipal", "facebook", "intake", "all"],
            json["funnel"]!["channels"]!.AsArray().Select(c => (string?)c!["channel"]));
        var unknown = json["channels"]![6]!;
        Assert.Equal(1, (int)unknown["enrolled"]!);
        Assert.Null(unknown["placed6Rate"]); // add(31 Jan, 6) is 31 July, after D: no cohort yet
        Assert.Null(unknown["medianMonthsToPlacement"]);
        Assert.Null(json["funnel"]!["channels"]![4]!["eligibleRate"]);
    }

    [Fact]
    public void Serialize_Report_HasTheContractsFieldNamesInOrder()
    {
        var data = new SpotSnapshot([], [], []);

        var json = JsonNode.Parse(MetricsJson.Serialize(EvaluationMetrics.Compute(data, new DateOnly(2019, 6, 30), FunnelInputs.None)))!.AsObject();

        Assert.Equal(["asOf", "channels", "workshops", "funnel"], json.Select(p => p.Key));
        Assert.Equal(
            ["source", "enrolled", "active", "placed", "placementRate", "cohort6", "placed6", "placed6Rate", "medianMonthsToPlacement",
                "dropouts", "dropoutRate", "n12", "employed12", "employed12Rate"],
            json["channels"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["from", "to", "channels"], json["funnel"]!.AsObject().Select(p => p.Key));
        Assert.Equal(
            ["channel", "records", "rejected", "duplicate", "review", "noConsent", "people", "eligible", "eligibleRate", "routingCall",
                "notEligible", "invited", "invitedRate", "confirmed", "confirmedRate", "enrolled", "enrolledRate", "placed", "placedRate",
                "medianDaysToEnrolment"],
            json["funnel"]!["channels"]![0]!.AsObject().Select(p => p.Key));
    }

    private static async Task<(SpotSnapshot Data, DateOnly AsOf, DateOnly From, DateOnly To)> CaseAsync(string date)
    {
        var asOf = DateOnly.Parse(date);
        var (from, to) = asOf == EvaluationFixture.SecondDate ? EvaluationFixture.SecondWindow : EvaluationMetrics.DefaultWindow(asOf);
        return (await Fixture.Value, asOf, from, to);
    }

    private static async Task<JsonNode?> ExpectedAsync(DateOnly asOf) =>
        JsonNode.Parse(await File.ReadAllTextAsync(EvaluationFixture.ExpectedJsonPath(asOf)));
}
