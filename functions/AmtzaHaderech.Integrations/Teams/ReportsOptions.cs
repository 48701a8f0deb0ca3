using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.Teams;

/// Section `Reports`: where the monthly workbooks go. With a Teams channel configured for any
/// key, reports go through Microsoft Graph (as the app's managed identity); with none, they are
/// written to `LocalFolder`; with neither, nothing is delivered and the jobs say so.
public sealed class ReportsOptions : IValidatableObject
{
    public const string Section = "Reports";

    /// Graph's upload sessions take chunks in multiples of 320 KiB.
    public const int ChunkUnit = 320 * 1024;

    /// Per key (a center id, or `ProgramChannel` for head office): the Teams channel and its
    /// Workflows webhook. Settings in Azure: `Reports__Teams__<key>__TeamId` and so on.
    public Dictionary<string, TeamsChannelOptions> Teams { get; set; } = new(StringComparer.Ordinal);

    /// The key under `Teams` that receives the program report (head office).
    [Required, RegularExpression("^[a-z0-9-]+$")]
    public string ProgramChannel { get; set; } = "head-office";

    /// Where reports are written when no Teams channel is configured. None by default: in Azure
    /// the app's folder is read-only, and the CLI defaults it to `<data-dir>/reports`.
    public string? LocalFolder { get; set; }

    /// Microsoft Graph's address; tests point it at a fake.
    [Required, Url]
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// Tenant for a developer's own sign-in (Azure CLI, Visual Studio); the managed identity in
    /// Azure needs none (AZURE_CLIENT_ID names it).
    public string? TenantId { get; set; }

    /// The top folder in each channel's files; a folder per year goes under it.
    [Required]
    public string RootFolder { get; set; } = "Reports";

    /// Files at or above this size go through an upload session (Graph's simple upload takes up to 4 MiB).
    [Range(1, 4 * 1024 * 1024)]
    public int SimpleUploadLimit { get; set; } = 4 * 1024 * 1024;

    /// Upload session chunk size: a multiple of 320 KiB, at most 60 MiB (Graph's limits).
    [Range(ChunkUnit, 192 * ChunkUnit)]
    public int ChunkSize { get; set; } = 10 * ChunkUnit;

    public bool UsesGraph => Teams.Count > 0;

    public bool UsesLocalFolder => !UsesGraph && !string.IsNullOrEmpty(LocalFolder);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ChunkSize % ChunkUnit != 0)
            yield return new ValidationResult($"Reports:ChunkSize must be a multiple of {ChunkUnit} bytes (320 KiB).", [nameof(ChunkSize)]);
        foreach (var (key, channel) in Teams)
        {
            if (!channel.HasFolder && !channel.HasChannel)
                yield return new ValidationResult($"Reports:Teams:{key} needs TeamId and ChannelId (or DriveId and FolderId).", [nameof(Teams)]);
            if (channel.WebhookUrl is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
                yield return new ValidationResult($"Reports:Teams:{key}:WebhookUrl is not an absolute URL.", [nameof(Teams)]);
        }
    }
}

/// One Teams channel: where the files go and the Workflows webhook that tells staff.
public sealed class TeamsChannelOptions
{
    /// The team (Microsoft 365 group) id: `groupId` in the channel's link.
    public string? TeamId { get; set; }

    /// The channel id, `19:...@thread.tacv2`.
    public string? ChannelId { get; set; }

    /// The channel folder's drive and item ids, instead of resolving them through
    /// `filesFolder`: for a hub granted `Sites.Selected`, which does not cover that call.
    public string? DriveId { get; set; }
    public string? FolderId { get; set; }

    /// The channel's "Post to a channel when a webhook request is received" workflow (a secret).
    public string? WebhookUrl { get; set; }

    internal bool HasChannel => !string.IsNullOrEmpty(TeamId) && !string.IsNullOrEmpty(ChannelId);
    internal bool HasFolder => !string.IsNullOrEmpty(DriveId) && !string.IsNullOrEmpty(FolderId);
}
