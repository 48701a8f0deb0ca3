using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.Configuration;

/// Section `Accessibility`: what the accessibility statement (הצהרת נגישות, /accessibility)
/// says that is not text: the accessibility coordinator people turn to, and the statement's date.
public sealed class AccessibilityOptions
{
    public const string Section = "Accessibility";

    [Required]
    public string CoordinatorName { get; set; } = "";

    public Dictionary<string, string> CoordinatorNameTranslations { get; set; } = new(StringComparer.Ordinal);

    [Required]
    public string Phone { get; set; } = "";

    [Required, EmailAddress]
    public string Email { get; set; } = "";

    /// When the accessibility of the pages was last checked and the statement written.
    public DateOnly UpdatedOn { get; set; } = new(2026, 12, 7);
}
