using AmtzaHaderech.Integrations.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Reports.Delivery;

/// Delivery to Teams (docs/reports.md): the workbook into the channel's files, then an
/// Adaptive Card with a link to it on the channel's Workflows webhook.
internal sealed partial class GraphReportDelivery(
    TeamsFiles files, TeamsWebhookClient webhook, IOptions<ReportsOptions> options, ILogger<GraphReportDelivery> logger) : IReportDelivery
{
    public async Task<DeliveryReceipt> DeliverAsync(ReportFile report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!options.Value.Teams.TryGetValue(report.Channel, out var channel))
        {
            LogNoChannel(logger, report.Channel, report.FileName);
            return new DeliveryReceipt(report.Channel, report.FileName, DeliveryReceipt.NoChannel, null, Notified: false);
        }

        var item = await files.UploadAsync(channel, report.Year, report.FileName, report.Content, cancellationToken);
        var url = item.WebUrl ?? throw new InvalidOperationException("Graph returned the uploaded file without its web address.");
        LogUploaded(logger, report.FileName, report.Channel, report.Content.Length);

        if (channel.WebhookUrl is not { Length: > 0 } hook)
        {
            LogNoWebhook(logger, report.Channel);
            return new DeliveryReceipt(report.Channel, report.FileName, DeliveryReceipt.Uploaded, url, Notified: false);
        }
        await webhook.PostAsync(new Uri(hook), ReportCard.Message(report.Notice, url), cancellationToken);
        return new DeliveryReceipt(report.Channel, report.FileName, DeliveryReceipt.Uploaded, url, Notified: true);
    }

    [LoggerMessage(LogLevel.Warning, "No Teams channel is configured for {Channel} under Reports:Teams: {FileName} was not delivered")]
    private static partial void LogNoChannel(ILogger logger, string channel, string fileName);

    [LoggerMessage(LogLevel.Information, "Uploaded {FileName} to the {Channel} channel ({Bytes} bytes)")]
    private static partial void LogUploaded(ILogger logger, string fileName, string channel, int bytes);

    [LoggerMessage(LogLevel.Warning, "No Workflows webhook is configured for {Channel}: the file is in the channel, but nobody was told")]
    private static partial void LogNoWebhook(ILogger logger, string channel);
}
