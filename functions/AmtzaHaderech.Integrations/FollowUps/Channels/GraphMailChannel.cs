using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;

namespace AmtzaHaderech.Integrations.FollowUps.Channels;

/// E-mail through Graph `POST /users/{sender}/sendMail`. The client's retry handler honours 429
/// and 503 with Retry-After. Graph has no idempotency key: the reference travels as a header
/// for tracing, and a send in doubt is never repeated (the runner counts it as sent).
public sealed class GraphMailChannel(GraphServiceClient graph, IOptions<GraphOptions> options) : IMessageChannel
{
    public const string ReferenceHeader = "X-Amtza-Reference";

    public string Channel => FollowUpChannels.Email;

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        var body = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = message.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = message.Html },
                ToRecipients = [new Recipient { EmailAddress = new Microsoft.Graph.Models.EmailAddress { Address = message.To } }],
                InternetMessageHeaders = [new InternetMessageHeader { Name = ReferenceHeader, Value = message.Reference }],
            },
            SaveToSentItems = true,
        };
        try
        {
            await graph.Users[options.Value.SenderMailbox].SendMail.PostAsync(body, cancellationToken: cancellationToken);
            return SendResult.Sent(null);
        }
        catch (ODataError e) when (e.ResponseStatusCode is 408 or 429 or >= 500)
        {
            return SendResult.Failed($"graph {e.ResponseStatusCode}");
        }
        catch (ODataError e)
        {
            return SendResult.Rejected($"graph {e.ResponseStatusCode} {e.Error?.Code}");
        }
    }
}
