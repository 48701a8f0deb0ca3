
namespace AmtzaHaderech.Integrations.Configuration;

/// How reports, cards and call lists name centers and coordinators: the Hebrew names of the
/// configuration (`Centers:Items`, with their `Coordinators`), never the codes SPOT keeps
/// (`ksb`, `ksb-coord-1@example.org`), unless a code is not configured: then it shows as SPOT
/// gave it, so nobody disappears from a report.
public sealed class ReportNames
{
    private readonly Dictionary<string, string> _centers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CoordinatorOptions> _coordinators = new(StringComparer.OrdinalIgnoreCase);

    public ReportNames(IEnumerable<CenterOptions> centers)
    {
        ArgumentNullException.ThrowIfNull(centers);
        foreach (var center in centers)
        {
            _centers.TryAdd(center.Id, center.Name);
            foreach (var coordinator in center.Coordinators) _coordinators.TryAdd(coordinator.Id.Trim(), coordinator);
        }
    }

    /// The code of the row that sums every center (MetricBands.AllCenters).
    public const string AllCenters = "all";

    /// No configuration: every code shows as it is (tests of the figures alone).
    public static ReportNames Codes { get; } = new([]);

    public string Center(string? code) => code switch
    {
        AllCenters => "כל המרכזים",
        null or "" => "ללא מרכז",
        _ => _centers.GetValueOrDefault(code, code),
    };

    public string Coordinator(string? spotCoordinator) =>
        string.IsNullOrWhiteSpace(spotCoordinator) ? "ללא מקדמת"
            : _coordinators.TryGetValue(spotCoordinator.Trim(), out var known) ? known.Name : spotCoordinator;

    /// The coordinator's Teams user (Entra id or UPN) to @mention, when configured.
    public string? TeamsUser(string? spotCoordinator) =>
        !string.IsNullOrWhiteSpace(spotCoordinator) && _coordinators.TryGetValue(spotCoordinator.Trim(), out var known)
            && !string.IsNullOrWhiteSpace(known.TeamsUser) ? known.TeamsUser.Trim() : null;

    /// True when the configuration names this coordinator (their name is ours, not SPOT's text).
    public bool IsConfigured(string? spotCoordinator) =>
        !string.IsNullOrWhiteSpace(spotCoordinator) && _coordinators.ContainsKey(spotCoordinator.Trim());
}
