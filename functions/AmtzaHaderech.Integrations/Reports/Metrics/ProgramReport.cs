using System.Text.Json.Serialization;

namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// The program report of docs/metrics.md; serialized with MetricsJson.Options it is exactly the
/// contract's JSON shape. Ratios and means are null when there is nothing to divide by.
public sealed record ProgramReport(
    DateOnly AsOf,
    IReadOnlyList<CenterFigures> Centers,
    IReadOnlyDictionary<string, IReadOnlyList<BandCount>> AgeBands,
    IReadOnlyList<BandCount> TimeToFirstPlacement,
    IReadOnlyList<PersistenceFigures> Persistence,
    IReadOnlyList<TenureFigures> PlacedByTenure,
    FoundViaCounts FoundVia,
    EmploymentFigures Employment,
    IReadOnlyList<AgeGroupFigures> AgeGroups,
    IReadOnlyList<SourceCount> RecruitmentSources);

public sealed record CenterFigures(string Center, int Total, int Active, int Placed, double? PlacementRate, double? MeanAge);

public sealed record BandCount(string Band, int Count, double? Share);

public sealed record PersistenceFigures(int Months, int N, int SameJob, int Employed);

public sealed record TenureFigures(int Months, int Cohort, int Placed);

public sealed record FoundViaCounts(int Self, int Program, int Unknown);

public sealed record EmploymentFigures(Statistics Salary, Statistics Scope);

/// `Sd` is the sample standard deviation (n - 1), null when n < 2. `Median` is for the
/// workbook, beside the mean (a few high salaries pull the mean up); docs/metrics.md's JSON has none.
public sealed record Statistics(int N, double? Mean, double? Sd)
{
    [JsonIgnore]
    public double? Median { get; init; }
}

/// `MedianSalary`: the workbook's, as in Statistics; not in the JSON.
public sealed record AgeGroupFigures(
    string Group, int N, int Working, double? MeanScope, double? MeanSalary, double? SalaryPerFullPosition)
{
    [JsonIgnore]
    public double? MedianSalary { get; init; }
}

public sealed record SourceCount(string Source, int Count);
