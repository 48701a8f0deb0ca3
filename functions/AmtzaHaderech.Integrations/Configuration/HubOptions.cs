using System.ComponentModel.DataAnnotations;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Configuration;

/// Section `Hub`: settings every part of the hub reads.
public sealed class HubOptions
{
    public const string Section = "Hub";

    /// The program's code in the Employment Service's national system.
    [Required, RegularExpression(@"^\d{4}$")]
    public string ProgramCode { get; set; } = "";

    /// Key of the HMACs that make identity-index keys (Key Vault in Azure). At least 32 characters.
    [Required, MinLength(32)]
    public string IdentityKeySecret { get; set; } = "";

    /// The program's name, as every message, page, form and report writes it (Hebrew), and as
    /// readers of other languages know it (`ProgramNameTranslations`, by language code).
    [Required]
    public string ProgramName { get; set; } = "אמצע הדרך";

    public Dictionary<string, string> ProgramNameTranslations { get; set; } = new(StringComparer.Ordinal);

    /// Largest inbound file accepted, in bytes; a larger one is quarantined (`too_large`).
    [Range(1, long.MaxValue)]
    public long MaxInboundFileBytes { get; set; } = 50 * 1024 * 1024;

    /// Longest line of a text file (CSV), in characters, line end excluded.
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxLineCharacters { get; set; } = FileLimits.Default.MaxLineCharacters;

    /// Longest CSV field or workbook cell (a shared string included), in characters.
    [Range(256, 16 * 1024 * 1024)]
    public int MaxFieldCharacters { get; set; } = FileLimits.Default.MaxFieldCharacters;

    /// Largest zip entry of a workbook once inflated, in bytes (the worksheet, the shared strings).
    [Range(1024 * 1024, 2L * 1024 * 1024 * 1024)]
    public long MaxXlsxPartBytes { get; set; } = FileLimits.Default.MaxXlsxPartBytes;

    /// Largest ratio of inflated to compressed bytes of a workbook's zip entry past 1 MiB.
    [Range(10, 100_000)]
    public int MaxXlsxCompressionRatio { get; set; } = FileLimits.Default.MaxXlsxCompressionRatio;

    /// Prefix of every table, container and queue name (lower-case letters and digits). Empty in
    /// production; tests and benchmarks use one per run to share an emulator without sharing state.
    [RegularExpression("^[a-z0-9]{0,20}$")]
    public string StorageNamePrefix { get; set; } = "";

    public FileLimits Limits() => new(MaxLineCharacters, MaxFieldCharacters, MaxXlsxPartBytes, MaxXlsxCompressionRatio);

    /// Rows of one file decided at once (`amtza import --parallel N` overrides it). 1 decides
    /// them one after another; rows that share an identity key or a referral's key always are
    /// (docs/operations.md, "Import speed").
    [Range(1, 64)]
    public int ImportParallelism { get; set; } = 1;

    /// A file larger than this, in bytes, is split into chunks of `ImportChunkRows` rows that go
    /// through the `referrals` queue, so several instances share it (the CLI runs the chunks itself).
    [Range(1, long.MaxValue)]
    public long ImportChunkAboveBytes { get; set; } = 2 * 1024 * 1024;

    [Range(100, 100_000)]
    public int ImportChunkRows { get; set; } = 2_000;

    /// How long a record waits for a person whose identity claim landed but whose row is not
    /// written yet (another host is writing them). A claim older than this with no person is a
    /// crashed import's, and is passed over (docs/architecture.md, "Identity claims").
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan IdentityClaimWait { get; set; } = TimeSpan.FromSeconds(30);
}
