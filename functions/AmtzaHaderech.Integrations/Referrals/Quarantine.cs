using System.Diagnostics.Metrics;
using AmtzaHaderech.Integrations.Storage;
using AmtzaHaderech.Integrations.Telemetry;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Referrals;

/// Files refused whole (truncated, wrong encoding, missing columns) keep their bytes in the
/// `quarantine` container with the reason, so an operator can replay them; the
/// `QuarantinedFiles` metric drives the alert.
public sealed partial class Quarantine(HubStorage storage, IntakeLedger ledger, ILogger<Quarantine> logger)
{
    private static readonly Meter Meter = new(HubMeter.Name);
    private static readonly Counter<long> QuarantinedFiles = Meter.CreateCounter<long>("QuarantinedFiles");

    public async Task<string> FileAsync(string source, string receiptId, InboundFile file, string reason, CancellationToken cancellationToken = default)
    {
        var blobName = $"{source}/{receiptId}/{file.Name}";
        var blob = storage.Container(StorageNames.Containers.Quarantine).GetBlobClient(blobName);
        await using (var content = file.Open())
            await blob.UploadAsync(content, new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string> { ["reason"] = Uri.EscapeDataString(reason), ["source"] = source },
            }, cancellationToken);
        QuarantinedFiles.Add(1, new KeyValuePair<string, object?>("Channel", source), new KeyValuePair<string, object?>("reason", reason));
        LogQuarantined(source, receiptId, reason);
        return blobName;
    }

    /// Refuses a file whole: its bytes to quarantine, and its summary (status, reason) to the
    /// receipt's ledger partition, as every file channel does.
    public async Task<FileResult> RefuseAsync(string source, string receiptId, InboundFile file, string reason, string? encoding,
        DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await FileAsync(source, receiptId, file, reason, cancellationToken);
        var refused = FileResult.Quarantined(file.Name, reason, encoding);
        await ledger.WriteFileSummaryAsync(receiptId, refused, source, receivedAt, cancellationToken);
        return refused;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "File quarantined: {Source} receipt {ReceiptId}, reason {Reason}")]
    private partial void LogQuarantined(string source, string receiptId, string reason);
}
