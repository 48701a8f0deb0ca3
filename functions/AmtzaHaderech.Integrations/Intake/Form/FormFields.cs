using System.Globalization;
using System.Text;
using AmtzaHaderech.Integrations.Localization;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// A text input's extras: hint, autocomplete token, keyboard, width and length, and what the
/// page's script checks before sending (the server checks it all again).
public sealed record TextOptions
{
    public string? Hint { get; init; }
    public string? Autocomplete { get; init; }
    public string Type { get; init; } = "text";
    public string? InputMode { get; init; }
    public string? Width { get; init; }
    public int? MaxLength { get; init; }
    public bool Required { get; init; } = true;
    /// Asked only after a certain answer (shown by the script): not marked required, but the
    /// script checks it when it is shown.
    public bool RequiredWhenShown { get; init; }
    public bool Spellcheck { get; init; } = true;
    /// The script's check of the value: `id` (the check digit), `mobile`, `email`, `number`.
    public string? Check { get; init; }
    public int? Min { get; init; }
    public int? Max { get; init; }
}

/// The building blocks of the form, each with its label, hint and error in the order a screen
/// reader meets them, the error referenced by aria-describedby, the typed value kept, and the
/// messages the script shows for a missing or wrong answer (the server's own words, from the
/// texts `intake.error.*`), so that the script checks every field in one pass.
public sealed class FormFields(StringBuilder html, IntakeInput input, IReadOnlyList<FieldError> errors, Texts texts)
{
    public string? ErrorOf(string field) => errors.FirstOrDefault(e => e.Field == field)?.Message;

    public void Text(string name, string label, TextOptions options)
    {
        var error = ErrorOf(name);
        html.Append($"<div class=\"field{(error is null ? "" : " field--error")}\" id=\"field-{name}\">");
        html.Append($"<label class=\"label\" for=\"{name}\">{Html.Encode(label)}</label>");
        AppendHint(name, options.Hint);
        AppendError(name, error);
        html.Append(Input(name, options, Described(name, options.Hint, error), error is not null, Checks(name, options)));
        html.Append("</div>");
    }

    /// A question of several small inputs (day, month, year), in a fieldset. An error marks the
    /// part it is about and every part left empty.
    public void Group(string group, string legend, string hint, (string Name, string Label, string Width, string? Autocomplete, int Min, int Max)[] parts)
    {
        var error = ErrorOf(group);
        var target = errors.FirstOrDefault(e => e.Field == group)?.Target;
        html.Append($"<div class=\"field{(error is null ? "" : " field--error")}\" id=\"field-{group}\"");
        html.Append($" data-group=\"{group}\"{Html.Attr("data-required", texts.Text($"intake.error.{group}.missing"))}>");
        html.Append($"<fieldset class=\"fieldset\" aria-describedby=\"{group}-hint{(error is null ? "" : $" {group}-error")}\">");
        html.Append($"<legend class=\"legend\">{Html.Encode(legend)}</legend>");
        AppendHint(group, hint);
        AppendError(group, error);
        html.Append("<div class=\"date-parts\">");
        foreach (var (name, label, width, autocomplete, min, max) in parts)
        {
            html.Append("<div class=\"date-part\">");
            html.Append($"<label class=\"label label--small\" for=\"{name}\">{Html.Encode(label)}</label>");
            var options = new TextOptions { InputMode = "numeric", Width = width, Autocomplete = autocomplete ?? "off", MaxLength = 4, Spellcheck = false };
            var partInvalid = error is not null && (target == name || input[name].Length == 0);
            var check = $" data-check=\"number\" data-min=\"{Number(min)}\" data-max=\"{Number(max)}\"{Html.Attr("data-invalid", texts.Text($"intake.error.{group}.{PartName(name)}"))}";
            html.Append(Input(name, options, null, partInvalid, check));
            html.Append("</div>");
        }
        html.Append("</div></fieldset></div>");
    }

    /// Radio buttons in a fieldset; `after` writes content (a revealed input) after a choice;
    /// `attributes` adds attributes to a choice's wrapper (which center offers it).
    public void Radios(string name, string legend, string? hint, IReadOnlyList<(string Value, string Label)> choices,
        Action<string>? after = null, Func<string, string>? attributes = null)
    {
        var error = ErrorOf(name);
        html.Append($"<div class=\"field{(error is null ? "" : " field--error")}\" id=\"field-{name}\"");
        html.Append($" data-radio=\"{name}\"{Html.Attr("data-required", texts.Text($"intake.error.{name}"))}>");
        html.Append($"<fieldset class=\"fieldset\"{Html.Attr("aria-describedby", Described(name, hint, error))}>");
        html.Append($"<legend class=\"legend\">{Html.Encode(legend)}</legend>");
        AppendHint(name, hint);
        AppendError(name, error);
        html.Append("<div class=\"choices\">");
        foreach (var (value, label) in choices)
        {
            var id = $"{name}-{value}";
            var isChecked = input[name] == value ? " checked" : "";
            html.Append($"<div class=\"choice\"{attributes?.Invoke(value)}><input class=\"choice__input{(error is null ? "" : " choice__input--error")}\" type=\"radio\" id=\"{id}\" name=\"{name}\" value=\"{Html.Encode(value)}\"{isChecked} required>");
            html.Append($"<label class=\"choice__label\" for=\"{id}\">{Html.Encode(label)}</label></div>");
            after?.Invoke(value);
        }
        html.Append("</div></fieldset></div>");
    }

    /// The choices of a group in the reader's language (texts `intake.{group}.{value}`).
    public IReadOnlyList<(string Value, string Label)> Choices(string group, Choice[] choices) =>
        [.. choices.Select(c => (c.Value, texts.Text(IntakeChoices.TextKey(group, c.Value))))];

    public void Checkbox(string name, string label, bool required)
    {
        var error = ErrorOf(name);
        html.Append($"<div class=\"checkbox-field{(required ? " checkbox-field--required" : "")}{(error is null ? "" : " field--error")}\" id=\"field-{name}\">");
        AppendError(name, error);
        var isChecked = input.IsChecked(name) ? " checked" : "";
        html.Append($"<div class=\"choice\"><input class=\"choice__input{(error is null ? "" : " choice__input--error")}\" type=\"checkbox\" id=\"{name}\" name=\"{name}\" value=\"{F.Checked}\"{isChecked}{(required ? " required" : "")}");
        if (required) html.Append(Html.Attr("data-required", texts.Text($"intake.error.{name}")));
        html.Append($"{Html.Attr("aria-describedby", error is null ? null : $"{name}-error")}{(error is null ? "" : " aria-invalid=\"true\"")}>");
        html.Append($"<label class=\"choice__label\" for=\"{name}\">{Html.Encode(label)}</label></div></div>");
    }

    /// A select whose options may carry attributes (a city's center).
    public void Select(string name, string label, string? hint, IEnumerable<(string Value, string Label, string Attributes)> options)
    {
        var error = ErrorOf(name);
        html.Append($"<div class=\"field{(error is null ? "" : " field--error")}\" id=\"field-{name}\">");
        html.Append($"<label class=\"label\" for=\"{name}\">{Html.Encode(label)}</label>");
        AppendHint(name, hint);
        AppendError(name, error);
        html.Append($"<select class=\"select\" id=\"{name}\" name=\"{name}\" required{Html.Attr("data-required", texts.Text($"intake.error.{name}"))}");
        html.Append($"{Html.Attr("aria-describedby", Described(name, hint, error))}{(error is null ? "" : " aria-invalid=\"true\"")}>");
        html.Append($"<option value=\"\">{texts.Html("intake.select.choose")}</option>");
        foreach (var (value, text, attributes) in options)
            html.Append($"<option value=\"{Html.Encode(value)}\"{attributes}{(input[name] == value ? " selected" : "")}>{Html.Encode(text)}</option>");
        html.Append("</select></div>");
    }

    public string Input(string name, TextOptions options, string? describedBy, bool invalid, string checks = "") =>
        $"<input class=\"input{(options.Width is null ? "" : " input--" + options.Width)}{(invalid ? " input--error" : "")}\" id=\"{name}\" name=\"{name}\" type=\"{options.Type}\""
        + $" value=\"{Html.Encode(input[name])}\"{Html.Attr("autocomplete", options.Autocomplete)}{Html.Attr("inputmode", options.InputMode)}"
        + $"{Html.Attr("maxlength", options.MaxLength?.ToString(CultureInfo.InvariantCulture))}{(options.Spellcheck ? "" : " spellcheck=\"false\"")}"
        + $"{(options.Required ? " required" : "")}{Html.Attr("aria-describedby", describedBy)}{(invalid ? " aria-invalid=\"true\"" : "")}{checks}>";

    // The script's checks of a text input, with the server's messages.
    private string Checks(string name, TextOptions options)
    {
        var checks = new StringBuilder();
        if (options.Required || options.RequiredWhenShown) checks.Append(Html.Attr("data-required", texts.Text($"intake.error.{name}.missing")));
        if (options.Check is { } check)
        {
            checks.Append(Html.Attr("data-check", check));
            if (options.Min is { } min) checks.Append(Html.Attr("data-min", Number(min)));
            if (options.Max is { } max) checks.Append(Html.Attr("data-max", Number(max)));
            checks.Append(Html.Attr("data-invalid", texts.Text(check switch
            {
                "id" => "intake.error.nationalId.invalid",
                "mobile" => "intake.error.phone.invalid",
                "email" => "intake.error.email",
                "name" => $"intake.error.{name}.letters",
                _ => $"intake.error.{name}.range",
            }, ("max", options.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? ""))));
        }
        return checks.ToString();
    }

    private static string PartName(string part) => part switch
    {
        F.BirthDay => "day",
        F.BirthMonth or F.OutOfWorkMonth => "month",
        _ => "year",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Described(string name, string? hint, string? error)
    {
        var ids = new List<string>();
        if (hint is not null) ids.Add($"{name}-hint");
        if (error is not null) ids.Add($"{name}-error");
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    private void AppendHint(string name, string? hint)
    {
        if (hint is not null) html.Append($"<p class=\"hint\" id=\"{name}-hint\">{Html.Encode(hint)}</p>");
    }

    private void AppendError(string name, string? error)
    {
        if (error is not null)
            html.Append($"<p class=\"error-message\" id=\"{name}-error\"><span class=\"visually-hidden\">{texts.Html("intake.error.prefix")}</span>{Html.Encode(error)}</p>");
    }
}
