using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Intake;

/// An intake-form export arrives in `inbound/intake/{profile}/`: import it through that profile.
/// A folder with no profile fails the invocation and leaves the blob for a replay.
public sealed class ImportIntakeExport(IntakeExportImporter importer)
{
    [Function(nameof(ImportIntakeExport))]
    public async Task<FileResult> Run(
        [BlobTrigger("inbound/intake/{profile}/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageNames.Connection)] BlobClient blob,
        string profile,
        string name,
        CancellationToken cancellationToken)
    {
        var file = await InboundFile.FromBlobAsync(blob, name, cancellationToken);
        return await importer.ImportAsync(profile, file, keepRecords: false, cancellationToken: cancellationToken);
    }
}
