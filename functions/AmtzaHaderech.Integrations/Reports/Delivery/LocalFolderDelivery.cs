using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Reports.Delivery;

/// Reports on a local disk when no Teams channel is configured: `<folder>/<channel>/<yyyy>/<file>`,
/// the same layout as in Teams, replacing the same month's earlier file.
public sealed partial class LocalFolderDelivery(string folder, ILogger<LocalFolderDelivery> logger) : IReportDelivery
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task<DeliveryReceipt> DeliverAsync(ReportFile report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var directory = Path.Combine(Folder, report.Channel, report.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, report.FileName);
        // Written beside and moved over: a reader never sees half a workbook.
        var temporary = path + ".partial";
        await File.WriteAllBytesAsync(temporary, report.Content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        LogWritten(logger, report.Channel, report.FileName);
        return new DeliveryReceipt(report.Channel, report.FileName, DeliveryReceipt.Written, path, Notified: false);
    }

    [LoggerMessage(LogLevel.Information, "Report {FileName} for {Channel} written to the local folder")]
    private static partial void LogWritten(ILogger logger, string channel, string fileName);
}
