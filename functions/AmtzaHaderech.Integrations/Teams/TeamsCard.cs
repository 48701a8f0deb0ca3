using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmtzaHaderech.Integrations.Teams;

/// The message a Workflows webhook takes: `{"type":"message","attachments":[an Adaptive Card]}`.
/// Cards are right-to-left (`rtl`, Adaptive Cards 1.5) so Hebrew lines, numbers and dates read
/// in order (ReportCard, CoordinatorCard).
internal static class TeamsCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        // Hebrew stays readable in the payload (and in a test's or an operator's view of it).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// A right-to-left Adaptive Card with one button that opens a file in Teams, in the
    /// webhook's envelope: the shape of every card the hub posts.
    public static JsonObject WithButton(JsonArray body, string buttonTitle, string url, JsonObject msteams, string? lang = null)
    {
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["rtl"] = true,
        };
        if (lang is not null) card["lang"] = lang;
        card["body"] = body;
        card["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = buttonTitle, ["url"] = url });
        card["msteams"] = msteams;
        return Wrap(card);
    }

    /// The webhook's envelope around an Adaptive Card.
    private static JsonObject Wrap(JsonObject card) =>
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
