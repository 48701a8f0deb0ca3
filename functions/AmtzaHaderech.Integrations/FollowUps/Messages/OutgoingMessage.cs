using System.Net;
using System.Text;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// A message ready for a channel. `Reference` is its idempotency key at the provider (the item's
/// key, or the key and the reminder's number); `To` an E.164 number or an e-mail address;
/// `Language` the language it is written in (Hebrew when not given).
public sealed record OutgoingMessage(
    string Reference, string Channel, string To, string Subject, IReadOnlyList<MessageLine> Lines, Language? Language = null)
{
    private Language Written => Language ?? TextCatalog.Embedded.Hebrew;

    /// The SMS text, and the e-mail's plain text: one line each, links after their words.
    public string Text => string.Join('\n', Lines.Select(l => l.Url is null ? l.Text : $"{l.Text} {l.Url}"));

    /// The parts the text takes as an SMS (docs/follow-ups.md, "Messages").
    public SmsLength Sms => SmsSegments.Of(Text);

    /// The e-mail body: a paragraph per line in the message's language and direction, links clickable.
    public string Html
    {
        get
        {
            var html = new StringBuilder($"<div dir=\"{Written.Direction}\" lang=\"{Written.Code}\" style=\"font-family:Arial,sans-serif;font-size:16px;line-height:1.5\">");
            foreach (var line in Lines)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(line.Text));
                if (line.Url is { } url)
                    html.Append(" <a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(line.LinkLabel ?? url)).Append("</a>");
                html.Append("</p>");
            }
            return html.Append("</div>").ToString();
        }
    }
}

/// A line of a message, with an optional link (its label is shown in e-mail; SMS shows the URL).
public sealed record MessageLine(string Text, string? Url = null, string? LinkLabel = null);
