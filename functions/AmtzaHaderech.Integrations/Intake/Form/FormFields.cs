using System.Text;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// A text input's extras: hint, autocomplete token, keyboard, width and length.
public sealed record TextOptions
{
    public string? Hint { get; init; }
    public string? Autocomplete { get; init; }
    public string Type { get; init; } = "text";
    public string? InputMode { get; init; }
    public string? Width { get; init; }
    public int? MaxLength { get; init; }
    public bool Required { get; init; } = true;
    public bool Spellcheck { get; init; } = true;
}

/// The building blocks of the form, each with its label, hint and error in the order a screen
/// reader meets them, the error referenced by aria-describedby, and the typed value kept.
public sealed class FormFields(StringBuilder html, IntakeInput input, IReadOnlyList<FieldError> errors)
{
    public string? ErrorOf(string field) => errors.FirstOrDefault(e => e.Field == field)?.Message;

    public void Text(string name, string label, TextOptions options)
    {
        var error = ErrorOf(name);
        html.Append($"<div class=\"field{(error is null ? "" : " field--error")}\" id=\"field-{name}\">");
        html.Append($"<label class=\"label\" for=\"{name}\">{Html.Encode(label)}</label>");
        AppendHint(name, options.Hint);
        AppendError(name, error);
        html.Append(Input(name, options, Described(name, options.Hint, error), error is not null));
        html.Append("</div>");
    }

    /// A question of several small inputs (day, month, year), in a fieldset.
    public void Group(string group, string legend, string hint, (string Name, string Label, string Width, string? Autocomplete)[] parts)
    {
        var error = ErrorOf(group);
        var target = errors.FirstOrDefault(e => e.Field == group)?.Target;
        html.Append($"<div class=\"field{(error is null ? "" : " field--error")}\" id=\"field-{group}\">");
        html.Append($"<fieldset class=\"fieldset\" aria-describedby=\"{group}-hint{(error is null ? "" : $" {group}-error")}\">");
        html.Append($"<legend class=\"legend\">{Html.Encode(legend)}</legend>");
        AppendHint(group, hint);
        AppendError(group, error);
        html.Append("<div class=\"date-parts\">");
        foreach (var (name, label, width, autocomplete) in parts)
        {
            html.Append("<div class=\"date-part\">");
            html.Append($"<label class=\"label label--small\" for=\"{name}\">{Html.Encode(label)}</label>");
            var options = new TextOptions { InputMode = "numeric", Width = width, Autocomplete = autocomplete ?? "off", MaxLength = 4, Spellcheck = false };
            html.Append(Input(name, options, null, target == name));
            html.Append("</div>");
        }
        html.Append("</div></fieldset></div>");
    }

    /// Radio buttons in a fieldset; `after` writes content (a revealed input) after a choice.
    public void Radios(string name, string legend, string? hint, Choice[] choices, Action<string>? after = null)
    {
        var error = ErrorOf(name);
        html.Append($"<div class=\"field{(error is null ? "" : " field--error")}\" id=\"field-{name}\">");
        html.Append($"<fieldset class=\"fieldset\"{Html.Attr("aria-describedby", Described(name, hint, error))}>");
        html.Append($"<legend class=\"legend\">{Html.Encode(legend)}</legend>");
        AppendHint(name, hint);
        AppendError(name, error);
        html.Append("<div class=\"choices\">");
        foreach (var choice in choices)
        {
            var id = $"{name}-{choice.Value}";
            var isChecked = input[name] == choice.Value ? " checked" : "";
            html.Append($"<div class=\"choice\"><input class=\"choice__input\" type=\"radio\" id=\"{id}\" name=\"{name}\" value=\"{Html.Encode(choice.Value)}\"{isChecked} required>");
            html.Append($"<label class=\"choice__label\" for=\"{id}\">{Html.Encode(choice.Label)}</label></div>");
            after?.Invoke(choice.Value);
        }
        html.Append("</div></fieldset></div>");
    }

    public void Checkbox(string name, string label, bool required)
    {
        var error = ErrorOf(name);
        html.Append($"<div class=\"checkbox-field{(required ? " checkbox-field--required" : "")}{(error is null ? "" : " field--error")}\" id=\"field-{name}\">");
        AppendError(name, error);
        var isChecked = input.IsChecked(name) ? " checked" : "";
        html.Append($"<div class=\"choice\"><input class=\"choice__input\" type=\"checkbox\" id=\"{name}\" name=\"{name}\" value=\"{F.Checked}\"{isChecked}{(required ? " required" : "")}");
        html.Append($"{Html.Attr("aria-describedby", error is null ? null : $"{name}-error")}{(error is null ? "" : " aria-invalid=\"true\"")}>");
        html.Append($"<label class=\"choice__label\" for=\"{name}\">{Html.Encode(label)}</label></div></div>");
    }

    public void Select(string name, string label, string? hint, IEnumerable<Choice> options)
    {
        var error = ErrorOf(name);
        html.Append($"<div class=\"field{(error is null ? "" : " field--error")}\" id=\"field-{name}\">");
        html.Append($"<label class=\"label\" for=\"{name}\">{Html.Encode(label)}</label>");
        AppendHint(name, hint);
        AppendError(name, error);
        html.Append($"<select class=\"select\" id=\"{name}\" name=\"{name}\" required{Html.Attr("aria-describedby", Described(name, hint, error))}{(error is null ? "" : " aria-invalid=\"true\"")}>");
        html.Append("<option value=\"\">בחרו מהרשימה</option>");
        foreach (var option in options)
            html.Append($"<option value=\"{Html.Encode(option.Value)}\"{(input[name] == option.Value ? " selected" : "")}>{Html.Encode(option.Label)}</option>");
        html.Append("</select></div>");
    }

    public string Input(string name, TextOptions options, string? describedBy, bool invalid) =>
        $"<input class=\"input{(options.Width is null ? "" : " input--" + options.Width)}{(invalid ? " input--error" : "")}\" id=\"{name}\" name=\"{name}\" type=\"{options.Type}\""
        + $" value=\"{Html.Encode(input[name])}\"{Html.Attr("autocomplete", options.Autocomplete)}{Html.Attr("inputmode", options.InputMode)}"
        + $"{Html.Attr("maxlength", options.MaxLength?.ToString())}{(options.Spellcheck ? "" : " spellcheck=\"false\"")}"
        + $"{(options.Required ? " required" : "")}{Html.Attr("aria-describedby", describedBy)}{(invalid ? " aria-invalid=\"true\"" : "")}>";

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
            html.Append($"<p class=\"error-message\" id=\"{name}-error\"><span class=\"visually-hidden\">שגיאה: </span>{Html.Encode(error)}</p>");
    }
}
