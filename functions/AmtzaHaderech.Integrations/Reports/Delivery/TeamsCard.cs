using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmtzaHaderech.Integrations.Reports.Delivery;

/// The message a Workflows webhook takes: `{"type":"message","attachments":[an Adaptive Card]}`.
/// The card is right-to-left (`rtl`, Adaptive Cards 1.5) so Hebrew lines, numbers and dates read
/// in order, and its one action opens the workbook in Teams.
public static class TeamsCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        // Hebrew stays readable in the payload (and in a test's or an operator's view of it).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
        return Wrap(card);
    }

    /// The webhook's envelope around an Adaptive Card.
    public static JsonObject Wrap(JsonObject card) =>
        new()
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = ContentType,
                ["contentUrl"] = null,
                ["content"] = card,
            }),
        };
}
