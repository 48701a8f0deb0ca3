using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Municipal;

/// A municipal list arrives in `inbound/municipal/{profile}/`: import it through that profile.
/// A folder with no profile fails the invocation and leaves the blob for a replay.
public sealed class ImportMunicipalList(MunicipalImporter importer)
{
    [Function(nameof(ImportMunicipalList))]
    public async Task<FileResult> Run(
        [BlobTrigger("inbound/municipal/{profile}/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageNames.Connection)] BlobClient blob,
        string profile,
        string name,
        CancellationToken cancellationToken)
    {
        var file = await InboundFile.FromBlobAsync(blob, name, cancellationToken);
        return await importer.ImportAsync(profile, file, keepRecords: false, cancellationToken: cancellationToken);
    }
}
