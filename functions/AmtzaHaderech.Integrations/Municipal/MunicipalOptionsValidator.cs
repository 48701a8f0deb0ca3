using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Common;
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
        if (profile.Format is not (ListFormats.Csv or ListFormats.Xlsx)) yield return "Format must be csv or xlsx";
        if (profile.Encoding is not (ListEncodings.Auto or TextDecoding.Utf8 or TextDecoding.Windows1255))
            yield return "Encoding must be utf-8, windows-1255 or auto";
        if (profile.DelimiterText is not ("," or ";" or "\t")) yield return "Delimiter must be ',', ';' or a tab";
        if (profile.HeaderRow < 1) yield return "HeaderRow must be 1 or more";

        foreach (var (column, field) in profile.Columns)
        {
            if (CanonicalFields.Canonical(field) is null) yield return $"Columns:{column}: '{field}' is no canonical field";
        }
        if (profile.DateFormats.Any(string.IsNullOrWhiteSpace)) yield return "DateFormats holds an empty format";

        bool Mapped(string field) => profile.ColumnsOf(field).Any();
        if (!Mapped(CanonicalFields.FullName) && !Mapped(CanonicalFields.FirstName)) yield return "Columns map no name (fullName or firstName)";
        if (!Mapped(CanonicalFields.Phone) && !Mapped(CanonicalFields.Email)) yield return "Columns map no phone or email";
        // Without a consent column every row would be no_consent: surely a mistake.
        if (!Mapped(CanonicalFields.Consent)) yield return "Columns map no consent column";
        if (Mapped(CanonicalFields.Consent) && profile.ConsentValues.Count == 0) yield return "ConsentValues is empty";

        foreach (var group in profile.EffectiveRequired)
        {
            var fields = group.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Any(f => CanonicalFields.Canonical(f) is null)) yield return $"Required '{group}' names no canonical field";
            else if (!fields.Any(Mapped)) yield return $"Required '{group}' has no column in Columns";
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex MunicipalityId();
}
