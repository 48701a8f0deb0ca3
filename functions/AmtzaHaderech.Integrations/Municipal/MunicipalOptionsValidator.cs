using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Configuration;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Municipal;

/// Checks every profile when the host starts, so a mistyped field or format stops the app with
/// the setting's name instead of quarantining a city's lists later.
public sealed partial class MunicipalOptionsValidator(IOptions<CentersOptions> centers) : IValidateOptions<MunicipalOptions>
{
    public ValidateOptionsResult Validate(string? name, MunicipalOptions options)
    {
        var failures = options.Profiles.SelectMany(p => Problems(p.Value).Select(problem => $"{MunicipalOptions.Section}:Profiles:{p.Key}: {problem}")).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> Problems(MunicipalProfile profile)
    {
        if (!MunicipalityId().IsMatch(profile.Municipality.Id))
            yield return "Municipality:Id must be lower-case letters, digits and '-'";
        if (string.IsNullOrWhiteSpace(profile.Municipality.Name)) yield return "Municipality:Name is required";
        if (!centers.Value.Items.Any(c => c.Id == profile.Center)) yield return $"Center '{profile.Center}' is no configured center";
        foreach (var problem in profile.ReadingProblems()) yield return problem;
        // Without a consent column every row would be no_consent: surely a mistake.
        if (!profile.Maps(CanonicalFields.Consent)) yield return "Columns map no consent column";
        else if (profile.ConsentValues.Count == 0) yield return "ConsentValues is empty";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex MunicipalityId();
}
