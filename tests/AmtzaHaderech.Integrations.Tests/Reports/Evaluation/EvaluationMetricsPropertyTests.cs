using System.Text.Json;
using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.TestData;
using CsCheck;

namespace AmtzaHaderech.Integrations.Tests.Reports.Evaluation;

/// Generated programs against the naive oracle (NaiveEvaluation): small ones at any date, where
/// CsCheck shrinks a failure to the fewest people, and a large generated history at two dates.
public sealed class EvaluationMetricsPropertyTests
{
    [Fact]
    public void Compute_GeneratedProgramsAtAnyDate_EqualsNaiveImplementation()
    {
        Gen.Select(SpotDataGen.Snapshot, SpotDataGen.Day, Gen.Int[0, 60], Gen.Int[0, 1000], Gen.Int[0, 700]).Sample((data, asOf, records, seed, windowDays) =>
        {
            var funnel = ReferralHistoryGenerator.Generate(data, records, seed);
            var (from, to) = (asOf.AddDays(-windowDays - 400), asOf.AddDays(-windowDays));
            var expected = NaiveEvaluation.Compute(data, asOf, funnel, from, to);
            var actual = JsonNode.Parse(MetricsJson.Serialize(EvaluationMetrics.Compute(data, asOf, funnel, from, to)));
            JsonTreeAssert.Equal(expected, actual);
        }, iter: 300, print: t => JsonSerializer.Serialize(new { asOf = t.Item2, t.Item1.Participants, t.Item1.Episodes, t.Item1.Activities, records = t.Item3, seed = t.Item4 }));
    }

    [Theory]
    [InlineData("2016-02-29")]
    [InlineData("2019-01-31")]
    public void Compute_GeneratedHistory_EqualsNaiveImplementation(string date)
    {
        var data = SpotDataGenerator.Generate(1_500, seed: 5);
        var funnel = ReferralHistoryGenerator.Generate(data, 3_000, seed: 6);
        var asOf = DateOnly.Parse(date);
        var (from, to) = EvaluationMetrics.DefaultWindow(asOf);

        var expected = NaiveEvaluation.Compute(data, asOf, funnel, from, to);
        var actual = EvaluationMetrics.Compute(data, asOf, funnel);

        JsonTreeAssert.Equal(expected, JsonNode.Parse(MetricsJson.Serialize(actual)));
        // A case of substance: workshops with a cohort and a comparison group, and a funnel.
        Assert.Contains(actual.Workshops, w => w.Cohort > 20 && w.ComparisonRate6 is not null);
        Assert.Contains(actual.Workshops, w => w.Workshop == WorkshopTitles.Untitled);
        Assert.True(actual.Funnel.Channels[^1].Enrolled > 0);
    }
}
