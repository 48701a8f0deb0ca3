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
    [Required] public string Name { get; set; } = "";
    /// The center's phone, printed in every message a participant gets.
    [Required] public string Phone { get; set; } = "";
    /// Cities served, each with its aliases (compared after name normalization).
    public List<CityOptions> Cities { get; set; } = [];
}

public sealed class CityOptions
{
    [Required] public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
}
