using System.ComponentModel.DataAnnotations;

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

    /// Prefix of every table, container and queue name (lower-case letters and digits). Empty in
    /// production; tests and benchmarks use one per run to share an emulator without sharing state.
    [RegularExpression("^[a-z0-9]{0,20}$")]
    public string StorageNamePrefix { get; set; } = "";
}
