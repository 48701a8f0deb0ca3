using AmtzaHaderech.Integrations.Common;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Configuration;

/// The configured centers: which one serves a city (the city lists and aliases, compared after
/// the name normalization of docs/matching.md, so ת"א = ת״א and hyphens equal spaces), and the names
/// of centers and coordinators as staff read them.
public sealed class CenterDirectory
{
    private readonly Dictionary<string, CenterOptions> _byCity = new(StringComparer.Ordinal);

    public CenterDirectory(IOptions<CentersOptions> options)
    {
        Centers = options.Value.Items;
        Names = new ReportNames(Centers);
        foreach (var center in Centers)
            foreach (var city in center.Cities)
                foreach (var name in city.Aliases.Prepend(city.Name))
                    _byCity.TryAdd(HebrewText.NormalizeName(name), center);
    }

    public IReadOnlyList<CenterOptions> Centers { get; }

    /// Centers' and coordinators' names as reports and cards print them.
    public ReportNames Names { get; }

    public CenterOptions? ForCity(string? city) =>
        string.IsNullOrWhiteSpace(city) ? null : _byCity.GetValueOrDefault(HebrewText.NormalizeName(city));

    public CenterOptions? ById(string? id) => Centers.FirstOrDefault(c => c.Id == id);

    /// The configured coordinator SPOT names `spotCoordinator` (compared as SPOT writes it, but
    /// for letter case and spaces around it), or null.
    public CoordinatorOptions? Coordinator(string? spotCoordinator) =>
        string.IsNullOrWhiteSpace(spotCoordinator) ? null
            : Centers.SelectMany(c => c.Coordinators).FirstOrDefault(c => string.Equals(c.Id.Trim(), spotCoordinator.Trim(), StringComparison.OrdinalIgnoreCase));

    /// The center a configured coordinator belongs to.
    public CenterOptions? CenterOf(CoordinatorOptions coordinator) => Centers.FirstOrDefault(c => c.Coordinators.Contains(coordinator));
}
