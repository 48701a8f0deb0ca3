using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmtzaHaderech.Integrations.Tests.Reports;

/// Compares two JSON trees as docs/metrics.md and docs/evaluation.md ask: same fields in the same order, same array
/// lengths, strings and counts identical, ratios and means equal within a relative 1e-9.
/// Which numbers are ratios, means or medians is known by field name; every other number
/// is a count and must be written as an integer.
internal static class JsonTreeAssert
{
    public const double RelativeTolerance = 1e-9;

    private static readonly HashSet<string> RatioFields =
    [
        "placementRate", "meanAge", "share", "mean", "sd", "meanScope", "meanSalary", "salaryPerFullPosition",
        // docs/evaluation.md
        "placed6Rate", "medianMonthsToPlacement", "dropoutRate", "employed12Rate", "comparisonRate6", "difference",
        "eligibleRate", "invitedRate", "confirmedRate", "enrolledRate", "placedRate", "medianDaysToEnrolment",
    ];

    /// Both trees are re-read from their text, so nodes built in code compare like parsed ones.
    public static void Equal(JsonNode? expected, JsonNode? actual) =>
        Compare(JsonNode.Parse(expected?.ToJsonString() ?? "null"), JsonNode.Parse(actual?.ToJsonString() ?? "null"), "$");

    private static void Compare(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                break;
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual, exactMatch: false);
                Assert.True(expectedObject.Select(p => p.Key).SequenceEqual(actualObject.Select(p => p.Key)),
                    $"{path}: fields [{string.Join(",", expectedObject.Select(p => p.Key))}] expected, got [{string.Join(",", actualObject.Select(p => p.Key))}]");
                foreach (var (key, value) in expectedObject) Compare(value, actualObject[key], $"{path}.{key}");
                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual, exactMatch: false);
                Assert.True(expectedArray.Count == actualArray.Count, $"{path}: {expectedArray.Count} items expected, got {actualArray.Count}");
                for (var i = 0; i < expectedArray.Count; i++) Compare(expectedArray[i], actualArray[i], $"{path}[{i}]");
                break;
            case JsonValue expectedValue when expectedValue.GetValueKind() == JsonValueKind.Number:
                Assert.True(actual is JsonValue v && v.GetValueKind() == JsonValueKind.Number, $"{path}: number expected, got {actual?.ToJsonString()}");
                CompareNumbers(expectedValue, (JsonValue)actual!, path, RatioFields.Contains(path[(path.LastIndexOf('.') + 1)..]));
                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString()}");
                break;
        }
    }

    private static void CompareNumbers(JsonValue expected, JsonValue actual, string path, bool isRatio)
    {
        var expectedText = expected.ToJsonString();
        var e = expected.GetValue<double>();
        var a = actual.GetValue<double>();
        if (!isRatio)
        {
            Assert.True(IsIntegerLiteral(actual.ToJsonString()) && e == a, $"{path}: count {expectedText} expected, got {actual.ToJsonString()}");
            return;
        }
        var scale = Math.Max(Math.Abs(e), Math.Abs(a));
        // A difference of two rates can be zero by hand and 1e-17 by summation: its tolerance is
        // that of the rates it is made of (at most 1), not relative to itself.
        if (path.EndsWith(".difference", StringComparison.Ordinal)) scale = Math.Max(scale, 1);
        Assert.True(scale == 0 || Math.Abs(e - a) <= RelativeTolerance * scale,
            $"{path}: {expectedText} expected, got {actual.ToJsonString()}");
    }

    private static bool IsIntegerLiteral(string text) => !text.Contains('.') && !text.Contains('e') && !text.Contains('E');
}
