using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Exports;

/// Checks every intake profile when the host starts, so a mistyped field stops the app with the
/// setting's name instead of quarantining a form's exports later.
public sealed partial class IntakeExportOptionsValidator : IValidateOptions<IntakeExportOptions>
{
    public ValidateOptionsResult Validate(string? name, IntakeExportOptions options)
    {
        var failures = options.Profiles
            .SelectMany(p => Problems(p.Key, p.Value).Select(problem => $"{IntakeExportOptions.Section}:Profiles:{p.Key}: {problem}"))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Problems(string id, IntakeProfile profile)
    {
        // The id is part of table keys and a blob folder.
        if (!ProfileId().IsMatch(id)) yield return "the profile id must be lower-case letters, digits and '-'";
        foreach (var problem in profile.ReadingProblems()) yield return problem;
        // Without it every row would be no_consent: surely a mistake.
        if (!profile.Maps(F.PrivacyConsent)) yield return "Columns map no privacyConsent column";
        else if (profile.ConsentValues.Count == 0) yield return "ConsentValues is empty";
        foreach (var (words, code) in profile.HeardVia)
            if (!IntakeExportAnswers.IsRecruitmentCode(code)) yield return $"HeardVia:{words}: '{code}' is no recruitment channel";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ProfileId();
}
