using System.Globalization;
using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Reports.Delivery;

namespace AmtzaHaderech.Integrations.FollowUps.Announcements;

/// The tasks of one center in an announcement, under the center's name.
public sealed record CenterTasks(string CenterName, IReadOnlyList<CoordinatorTask> Tasks);

/// The coordinators' Teams card for a run's new tasks (docs/follow-ups.md, "Announced in
/// Teams"): right-to-left Hebrew, a section per center, a line per person with the participant
/// id (never a name: the channel is wider than the person's coordinator), why to call and since
/// when. `More`: tasks left for the next card, so one card stays well under Teams' size limit.
public static class TaskAnnouncementCard
{
    public static JsonObject Message(IReadOnlyList<CenterTasks> centers, int more)
    {
        ArgumentNullException.ThrowIfNull(centers);
        var count = centers.Sum(c => c.Tasks.Count);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = $"מעקבים: {Number(count)} משתתפים לטיפול המקדמת", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = "משתתפים שלא ענו להודעות, שביקשו שיחה או שאין דרך לשלוח להם הודעה. הפרטים ב-SPOT ובדוח החודשי.", ["wrap"] = true },
        };
        foreach (var center in centers)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"{center.CenterName} ({Number(center.Tasks.Count)})", ["weight"] = "Bolder", ["wrap"] = true, ["spacing"] = "Medium" });
            body.Add(new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray([.. center.Tasks.Select(t => (JsonNode)new JsonObject { ["title"] = t.ParticipantId, ["value"] = Line(t) })]),
            });
        }
        if (more > 0)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"ועוד {Number(more)} בהודעה הבאה.", ["isSubtle"] = true, ["wrap"] = true });
        return TeamsCard.Wrap(new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["rtl"] = true,
            ["lang"] = "he",
            ["body"] = body,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        });
    }

    /// Why the coordinator should act, and since when.
    public static string Line(CoordinatorTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var rule = RuleName(task.Rule);
        var (reason, since) = task.Kind switch
        {
            TaskKinds.NoAnswer => ($"לא ענה/תה {With('ל', rule)} ולתזכורות", "ללא מענה מאז"),
            TaskKinds.NotWorking => ($"ענה/תה {With('ל', rule)}: לא עובד/ת כעת", "מאז"),
            TaskKinds.CallRequest => ($"ביקש/ה שיחה מהמקדמת ({rule})", "מאז"),
            TaskKinds.NoChannel => ($"אין דרך לשלוח {rule}: אין נייד או דוא\"ל, או שאין הסכמה", "מאז"),
            TaskKinds.Undeliverable => ($"ההודעה ({rule}) לא נמסרה: מספר או כתובת שגויים", "מאז"),
            TaskKinds.ExitCheck => ("שישה חודשים בעבודה הראשונה: להציע סגירת תיק", "מאז"),
            _ => ($"משימה ({task.Kind}) {With('ב', rule)}", "מאז"),
        };
        return $"{reason}, {since} {task.Since.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
    }

    private static string RuleName(string rule) => rule switch
    {
        FollowUpRules.Retention => "בדיקת השימור בעבודה",
        FollowUpRules.Quarterly => "הבדיקה הרבעונית",
        FollowUpRules.Conference => "ההזמנה לכנס החשיפה",
        FollowUpRules.Meeting => "התזכורת לפגישה",
        FollowUpRules.Exit => "בדיקת סיום התכנית",
        _ => rule,
    };

    // A prefixed preposition swallows the definite article: ל + הבדיקה = לבדיקה.
    private static string With(char preposition, string name) => preposition + (name.StartsWith('ה') ? name[1..] : name);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
