using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Referrals.Screening;

/// Which center serves a city: the configured city lists and aliases, compared after the name
/// normalization of matching.md (so ת"א = ת״א and hyphens equal spaces).
public sealed class CenterDirectory
{
    private readonly Dictionary<string, CenterOptions> _byCity = new(StringComparer.Ordinal);

    public CenterDirectory(IOptions<CentersOptions> options)
    {
        Centers = options.Value.Items;
        foreach (var center in Centers)
            foreach (var city in center.Cities)
                foreach (var name in city.Aliases.Prepend(city.Name))
                    _byCity.TryAdd(HebrewText.NormalizeName(name), center);
    }

    public IReadOnlyList<CenterOptions> Centers { get; }

    public CenterOptions? ForCity(string? city) =>
        string.IsNullOrWhiteSpace(city) ? null : _byCity.GetValueOrDefault(HebrewText.NormalizeName(city));

    public CenterOptions? ById(string? id) => Centers.FirstOrDefault(c => c.Id == id);

    /// The coordinator SPOT's `coordinator` value names (an e-mail address compares in any case),
    /// with their center; null when the configuration does not list them.
    public (CoordinatorOptions Coordinator, CenterOptions Center)? Coordinator(string? spotValue)
    {
        if (string.IsNullOrWhiteSpace(spotValue)) return null;
        foreach (var center in Centers)
            if (center.Coordinators.FirstOrDefault(c => string.Equals(c.Id, spotValue.Trim(), StringComparison.OrdinalIgnoreCase)) is { } coordinator)
                return (coordinator, center);
        return null;
    }
}
