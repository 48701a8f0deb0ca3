using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tabular;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Intake.Exports;

/// `amtza import intake --profile <id>` and the blob trigger: check an export whole through its
/// profile, then stream its rows through the referral pipeline (source `intake`).
public sealed class IntakeExportImporter(ProfiledSheetImport import, IdentityKeys identityKeys, IOptions<IntakeExportOptions> intake)
{
    public IReadOnlyCollection<string> ProfileIds => intake.Value.Profiles.Keys;

    public bool HasProfile(string profileId) => intake.Value.Find(profileId) is not null;

    /// With `keepRecords` false only the counts are kept (the blob trigger). An unknown profile
    /// is an ArgumentException: the file stays where it is until the profile exists.
    public Task<FileResult> ImportAsync(string profileId, InboundFile file, IProgress<ImportProgress>? progress = null, bool keepRecords = true, CancellationToken cancellationToken = default)
    {
        var profile = intake.Value.Find(profileId)
            ?? throw new ArgumentException($"No intake profile '{profileId}' (configured: {string.Join(", ", ProfileIds)}).", nameof(profileId));
        var mapper = new IntakeExportRowMapper(profileId, profile, identityKeys);
        return import.ImportAsync(Sources.Intake, profile, mapper.Map, file, progress, keepRecords, cancellationToken);
    }
}
