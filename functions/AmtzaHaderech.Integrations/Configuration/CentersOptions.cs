using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.Configuration;

/// Section `Centers`: the program's centers, in report order, with the cities each serves.
public sealed class CentersOptions
{
    public const string Section = "Centers";

    [Required, MinLength(1)]
    public List<CenterOptions> Items { get; set; } = [];
}

public sealed class CenterOptions
{
    [Required] public string Id { get; set; } = "";
    /// The center's name as people say it (Hebrew): "כפר סבא" (texts say "המרכז בכפר סבא").
    [Required] public string Name { get; set; } = "";
    public Dictionary<string, string> NameTranslations { get; set; } = new(StringComparer.Ordinal);
    /// The center's phone, printed in every message a participant gets.
    [Required] public string Phone { get; set; } = "";
    /// Cities served, each with its aliases (compared after name normalization).
    public List<CityOptions> Cities { get; set; } = [];
    /// The center's employment coordinators (מקדמות תעסוקה), as staff and participants know them.
    public List<CoordinatorOptions> Coordinators { get; set; } = [];
    /// "How did you hear of us" answers only this center's people are offered on the intake form
    /// (a local employment center), beside the ones everyone is offered.
    public List<HeardViaOptions> HeardVia { get; set; } = [];
}

public sealed class CityOptions
{
    [Required] public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
}

/// A coordinator: `Id` is what SPOT's `coordinator` column holds for their people (an e-mail,
/// say); `Name` how people read it in reports, cards and messages (`NameTranslations` in other
/// languages); `Gender` (`F`, `M`, or empty) for the Hebrew verb forms beside the name
/// ("רותי תתקשר", "דני יתקשר"); `TeamsUser` (an Entra user id or UPN) to @mention them in Teams,
/// none when unknown.
public sealed class CoordinatorOptions
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Name { get; set; } = "";
    public string? Gender { get; set; }
    public string? TeamsUser { get; set; }
    public Dictionary<string, string> NameTranslations { get; set; } = new(StringComparer.Ordinal);
}

/// A local answer to "how did you hear of us": the recruitment channel it counts as (SPOT's
/// code) and the words the form shows.
public sealed class HeardViaOptions
{
    [Required] public string Channel { get; set; } = "";
    [Required] public string Label { get; set; } = "";
    public Dictionary<string, string> LabelTranslations { get; set; } = new(StringComparer.Ordinal);
}
