using AmtzaHaderech.Integrations.Configuration;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook;

/// A form mapping with a typo would silently drop answers: refuse it at start, naming the setting.
public sealed class FacebookOptionsValidator(IOptions<CentersOptions> centers) : IValidateOptions<FacebookOptions>
{
    public ValidateOptionsResult Validate(string? name, FacebookOptions options)
    {
        var failures = new List<string>();
        foreach (var (formId, form) in options.Forms)
        {
            var setting = $"{FacebookOptions.Section}:Forms:{formId}";
            if (formId.Length == 0 || !formId.All(char.IsAsciiDigit))
                failures.Add($"{setting}: a form id is digits only.");
            foreach (var (field, canonical) in form.FieldMap)
                if (!FacebookFields.All.Contains(canonical))
                    failures.Add($"{setting}:FieldMap:{field}: '{canonical}' is no canonical field ({string.Join(", ", FacebookFields.All)}).");
            if (form.Center != FacebookFormOptions.FromCity && centers.Value.Items.All(c => c.Id != form.Center))
                failures.Add($"{setting}:Center: '{form.Center}' is neither '{FacebookFormOptions.FromCity}' nor a configured center id.");
            if (form.DateFormats.Any(string.IsNullOrWhiteSpace))
                failures.Add($"{setting}:DateFormats: an empty format.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
