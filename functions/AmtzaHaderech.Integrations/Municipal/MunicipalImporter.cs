using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tabular;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Municipal;

/// `amtza import municipal --profile <id>` and the blob trigger: check a list whole through
/// its profile, then stream its rows through the referral pipeline.
public sealed class MunicipalImporter(ProfiledSheetImport import, IdentityKeys identityKeys, IOptions<MunicipalOptions> municipal)
{
    public IReadOnlyCollection<string> ProfileIds => municipal.Value.Profiles.Keys;

    public bool HasProfile(string profileId) => municipal.Value.Find(profileId) is not null;

    /// With `keepRecords` false only the counts are kept (the blob trigger): memory then stays
    /// flat however long the list. An unknown profile is an ArgumentException: the file stays
    /// where it is until the profile exists.
    public Task<FileResult> ImportAsync(string profileId, InboundFile file, IProgress<ImportProgress>? progress = null, bool keepRecords = true, CancellationToken cancellationToken = default)
    {
        var profile = municipal.Value.Find(profileId)
            ?? throw new ArgumentException($"No municipal profile '{profileId}' (configured: {string.Join(", ", ProfileIds)}).", nameof(profileId));
        var mapper = new MunicipalRowMapper(profile, identityKeys);
        return import.ImportAsync(Sources.Municipal, profile, mapper.Map, file, progress, keepRecords, cancellationToken);
    }
}
