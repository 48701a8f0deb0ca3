using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Teams;

namespace AmtzaHaderech.Integrations.Reports.Delivery;

/// The card a report's channel gets: the notice's title, sentence and figures, right-to-left,
/// and one action that opens the workbook in Teams.
internal static class ReportCard
{
    public static JsonObject Message(ReportNotice notice, string fileUrl)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var facts = new JsonArray([.. notice.Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Label, ["value"] = f.Value })]);
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["rtl"] = true,
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = notice.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = notice.Summary, ["wrap"] = true },
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts }),
            ["actions"] = new JsonArray(
                new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "פתיחת הדוח", ["url"] = fileUrl }),
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
        return TeamsCard.Wrap(card);
    }
}
