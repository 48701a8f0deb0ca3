using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.AspNetCore.Http;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The check-in form's fields as posted, their checks, and the answer they make.
internal sealed record StatusForm(
    string? Working, string? Scope, string? ScopePercent, string? Employer, string? Role, string? FoundVia,
    string? Salary, bool SalaryDeclined, string? Call)
{
    public const int MaxText = 200;

    // Employer and role reach SPOT's files: name-like text only (NameText); the error says so in
    // words a person can act on (`status.error.employer.characters`), not as a list of symbols.
    private const decimal MaxSalary = 1_000_000m;

    public static readonly StatusForm Empty = new(null, null, null, null, null, null, null, false, null);

    public static StatusForm Read(IFormCollection form) => new(
        One(form, "working"), One(form, "scope"), One(form, "scopePercent"), One(form, "employer"), One(form, "role"),
        One(form, "foundVia"), One(form, "salary"), One(form, "salaryDeclined") == "yes", One(form, "call"));

    /// The errors, each with the id of the field to move to; none means the answer is complete.
    public IReadOnlyList<(string Field, string Message)> Errors(Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var errors = new List<(string, string)>();
        if (Working is not (WorkingAnswers.Same or WorkingAnswers.Other or WorkingAnswers.No))
            errors.Add(("working-same", texts.Text("status.error.working")));
        if (Working == WorkingAnswers.No) return errors;
        if ((Scope == ScopeAnswers.Percent || (Scope is null && ScopePercent is not null)) && Percent() is null)
            errors.Add(("scopePercent", texts.Text("status.error.percent")));
        if (Salary is not null && !SalaryDeclined && MonthlySalary() is null)
            errors.Add(("salary", texts.Text("status.error.salary")));
        if ((Employer?.Length ?? 0) > MaxText) errors.Add(("employer", texts.Text("status.error.employer")));
        else if (Employer is not null && !NameText.IsEmployerOrRole(Employer)) errors.Add(("employer", texts.Text("status.error.employer.characters")));
        if ((Role?.Length ?? 0) > MaxText) errors.Add(("role", texts.Text("status.error.role")));
        else if (Role is not null && !NameText.IsEmployerOrRole(Role)) errors.Add(("role", texts.Text("status.error.role.characters")));
        return errors;
    }

    public StatusAnswer ToAnswer()
    {
        var working = Working!;
        if (working == WorkingAnswers.No) return new StatusAnswer { Working = working, CallRequested = Call == "yes" };
        var scope = Scope is ScopeAnswers.Full or ScopeAnswers.Partial ? Scope : Percent() is null ? null : ScopeAnswers.Percent;
        return new StatusAnswer
        {
            Working = working,
            Scope = scope,
            ScopePercent = scope == ScopeAnswers.Percent ? Percent() : null,
            Employer = Employer,
            Role = Role,
            FoundVia = FoundVia is SpotCodes.FoundViaSelf or SpotCodes.FoundViaProgram ? FoundVia : null,
            MonthlySalary = SalaryDeclined ? null : MonthlySalary(),
            SalaryDeclined = SalaryDeclined,
            CallRequested = Call == "yes",
        };
    }

    private int? Percent() =>
        int.TryParse(ScopePercent?.Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is >= 1 and <= 100
            ? percent
            : null;

    // Digits with optional thousands separators ("12,500"); shekels, no fractions needed.
    private decimal? MonthlySalary()
    {
        var text = Salary?.Replace(",", "").Replace("₪", "").Trim();
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= MaxSalary
            ? value
            : null;
    }

    /// A posted field, trimmed; null when missing or blank.
    internal static string? One(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.ToString().Trim() is { Length: > 0 } text ? text : null;
}
