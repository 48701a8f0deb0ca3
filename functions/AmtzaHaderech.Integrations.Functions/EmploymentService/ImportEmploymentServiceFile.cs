using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.EmploymentService;

/// A referral file arrives over SFTP into `inbound/employment-service/`: import it (a large one
/// is split into chunks on the `referrals` queue: ImportReferralChunk).
public sealed class ImportEmploymentServiceFile(EmploymentServiceImporter importer)
{
    [Function(nameof(ImportEmploymentServiceFile))]
    public async Task<FileResult> Run(
        [BlobTrigger("inbound/employment-service/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageNames.Connection)] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        var file = await InboundFile.FromBlobAsync(blob, name, cancellationToken);
        return await importer.ReceiveAsync(file, $"employment-service/{name}", cancellationToken);
    }
}
