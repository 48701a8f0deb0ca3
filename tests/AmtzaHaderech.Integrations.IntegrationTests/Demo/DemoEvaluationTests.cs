using System.Globalization;
using System.Text.Json;

namespace AmtzaHaderech.Integrations.IntegrationTests.Demo;

/// The demo's last step: the evaluation report as of the samples' day, written beside the other
/// reports, and the lines a coordinator reads on screen agree with it.
[Collection(DemoCollection.Name)]
public sealed class DemoEvaluationTests(DemoRun demo)
{
    [Fact]
    public void Demo_EvaluationStep_WritesTheReportAndShowsItsFigures()
    {
        var workbook = demo.Run.Json.GetProperty("evaluationReport").GetString()!;
        using var report = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(workbook, ".json")));
        var root = report.RootElement;
        var step = demo.Lines.SkipWhile(l => !l.StartsWith("14. ", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("───", StringComparison.Ordinal)).ToList();

        Assert.True(File.Exists(workbook), workbook);
        Assert.Equal("2026-11-26", root.GetProperty("asOf").GetString());
        Assert.Contains(step, l => l.StartsWith("Best 6-month placement rate: ", StringComparison.Ordinal));
        // The samples' SPOT history has one workshop; its row shows its attendances.
        var workshop = Assert.Single(root.GetProperty("workshops").EnumerateArray());
        Assert.Contains(step, l => l.Contains(workshop.GetProperty("workshop").GetString()!, StringComparison.Ordinal)
            && l.Contains(workshop.GetProperty("attendances").GetInt32().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        // The funnel table: a row per channel, its counts as in the JSON.
        foreach (var channel in root.GetProperty("funnel").GetProperty("channels").EnumerateArray())
        {
            var row = Assert.Single(step, l => l.StartsWith("│ " + channel.GetProperty("channel").GetString() + " ", StringComparison.Ordinal));
            var cells = row.Trim('│').Split('│').Skip(1).Select(c => int.Parse(c.Trim(), CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(new[] { "people", "eligible", "invited", "confirmed", "enrolled" }.Select(f => channel.GetProperty(f).GetInt32()), cells);
        }
        var all = root.GetProperty("funnel").GetProperty("channels")[4];
        Assert.True(all.GetProperty("people").GetInt32() > 0);
        Assert.Equal(demo.Run.Json.GetProperty("conferenceInvitations").GetInt32(), all.GetProperty("invited").GetInt32());
    }
}
