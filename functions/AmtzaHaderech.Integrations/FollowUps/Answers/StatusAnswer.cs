namespace AmtzaHaderech.Integrations.FollowUps.Answers;

/// The status check-in page's answer (docs/follow-ups.md, "The pages"). The job
/// details are kept only when the person works.
public sealed record StatusAnswer
{
    /// `same`, `other` or `no` (WorkingAnswers).
    public required string Working { get; init; }
    /// `full`, `partial` or `percent`; null when not working or not said.
    public string? Scope { get; init; }
    /// 1-100 when Scope is `percent`.
    public int? ScopePercent { get; init; }
    public string? Employer { get; init; }
    public string? Role { get; init; }
    /// `self` or `program` (SPOT's found_via), or null.
    public string? FoundVia { get; init; }
    /// Gross monthly salary in shekels; null when not given or declined.
    public decimal? MonthlySalary { get; init; }
    public bool SalaryDeclined { get; init; }
    public bool CallRequested { get; init; }

    public bool IsWorking => Working != WorkingAnswers.No;
}

internal static class WorkingAnswers
{
    public const string Same = "same";
    public const string Other = "other";
    public const string No = "no";
}

internal static class ScopeAnswers
{
    public const string Full = "full";
    public const string Partial = "partial";
    public const string Percent = "percent";
}
