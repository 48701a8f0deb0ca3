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
