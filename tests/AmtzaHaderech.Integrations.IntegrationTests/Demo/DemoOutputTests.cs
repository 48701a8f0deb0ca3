using System.Globalization;
using System.Text.Json;

namespace AmtzaHaderech.Integrations.IntegrationTests.Demo;

/// The demo's first run reads cleanly at 80 columns: no line wider, identifiers whole, and the
/// follow-ups steps' tables show what the runs did.
[Collection(DemoCollection.Name)]
public sealed class DemoOutputTests(DemoRun demo)
{
    [Fact]
    public void Demo_Output_FitsEightyColumns()
    {
        Assert.Equal(0, demo.Run.ExitCode);
        Assert.All(demo.Lines, line => Assert.True(line.Length <= DemoRun.Columns, $"{line.Length} columns: {line}"));
    }

    [Fact]
    public void Demo_RoutingTables_PrintEveryKeyAndParticipantIdWhole()
    {
        var routed = new[] { "employmentService", "municipal", "facebook" }
            .SelectMany(source => demo.Run.Json.GetProperty(source).EnumerateArray())
            .SelectMany(file => file.GetProperty("records").EnumerateArray())
            .Where(record => record.GetProperty("screening").ValueKind == JsonValueKind.String)
            .ToList();

        Assert.Contains(routed, r => r.GetProperty("key").GetString()!.Length >= 18); // a Facebook lead id
        foreach (var record in routed)
            foreach (var id in new[] { record.GetProperty("key").GetString()!, record.GetProperty("participantId").GetString()! })
                Assert.Contains(demo.Lines, line => line.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_AClaimThatWouldChangeAKnownPerson_WaitsForADecision()
    {
        var reviews = demo.Run.Json.GetProperty("reviews").EnumerateArray().ToList();
        var claim = Assert.Single(reviews, r => r.GetProperty("reason").GetString() == "unverified_match");

        Assert.Equal(("facebook", "120211000000000013", "rule3"),
            (claim.GetProperty("source").GetString(), claim.GetProperty("key").GetString(), claim.GetProperty("matchedBy").GetString()));
        Assert.Equal(["email"], claim.GetProperty("wouldChange").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(reviews, r => r.GetProperty("reason").GetString() == "rule4"); // lead 3: Ronit's phone and e-mail, another name
        Assert.Contains(demo.Lines, l => l.Contains("120211000000000013") && l.Contains("unverified_match") && l.Contains("e-mail"));
        Assert.Contains(demo.Lines, l => l.Contains("amtza review list --data-dir"));
    }

    [Fact]
    public void Demo_RemindersAndEscalationSteps_TablesShowTheRunsCounts()
    {
        var json = demo.Run.Json;
        var reminders = json.GetProperty("followUpsReminders").EnumerateArray().Select(r => r.GetProperty("reminders").GetInt32()).ToList();
        var later = json.GetProperty("followUpsTwoWeeksLater");

        Assert.All(reminders, count => Assert.True(count > 0, demo.Run.Stderr));
        Assert.Equal(reminders[0], Count(Step("10. ", "11. "), "reminder 1"));
        // The workshop invitations of 30/11 put those people's first reminder off to this run.
        Assert.Equal(reminders[1], Count(Step("11. ", "12. "), "reminder 1") + Count(Step("11. ", "12. "), "reminder 2"));
        var twoWeeks = Step("12. ", "13. ");
        Assert.True(later.GetProperty("escalated").GetInt32() > 0, demo.Run.Stderr);
        Assert.Equal(later.GetProperty("escalated").GetInt32(), Count(twoWeeks, "escalation"));
        Assert.Equal(later.GetProperty("announced").GetInt32(), Count(twoWeeks, "tasks announced"));
    }

    [Fact]
    public void Demo_EscalationStep_ShowsTheCoordinatorsCardWithNames()
    {
        var twoWeeks = Step("12. ", "───");

        var heading = twoWeeks.FindIndex(l => l.EndsWith("Teams cards to the coordinators, each with its call list:", StringComparison.Ordinal));
        Assert.True(heading >= 0, string.Join('\n', twoWeeks));
        Assert.Equal("  @מיכל אברהם (כפר סבא): 7 people to call", twoWeeks[heading + 1]);
        Assert.Matches(@"^    \S.* · 05\d-\d{7} · [\d,]+ ימים מהקשר האחרון$", twoWeeks[heading + 2]);
        Assert.Equal("      אין מענה לבדיקה הרבעונית ולתזכורות (נשלחה 26/11/2026)", twoWeeks[heading + 3]);
        Assert.Contains(twoWeeks, l => l == "  @דני כהן (תל אביב): 17 people to call");
        Assert.Contains("  call-list-ksb-ksb-coord-1-20261210-1000.xlsx", twoWeeks);
        Assert.Contains("  teams-card-ksb-ksb-coord-1-20261210-1000.json", twoWeeks);
    }

    /// The lines of a step: from its heading to the next one.
    private List<string> Step(string heading, string next) =>
        [.. demo.Lines.SkipWhile(l => !l.StartsWith(heading, StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith(next, StringComparison.Ordinal))];

    /// The sum of the `count` column over the table rows whose `what` is the given one.
    private static int Count(List<string> step, string what)
    {
        var rows = step.Where(l => l.StartsWith('│')).Select(l => l.Trim('│').Split('│').Select(c => c.Trim()).ToList())
            .Where(cells => cells[0] == what).ToList();
        Assert.True(rows.Count > 0, $"no row '{what}' in:\n{string.Join('\n', step)}");
        return rows.Sum(cells => int.Parse(cells[^1], CultureInfo.InvariantCulture));
    }
}
