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
        var body = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = notice.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = notice.Summary, ["wrap"] = true },
            new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        return TeamsCard.WithButton(body, "פתיחת הדוח", fileUrl, new JsonObject { ["width"] = "Full" });
    }
}
