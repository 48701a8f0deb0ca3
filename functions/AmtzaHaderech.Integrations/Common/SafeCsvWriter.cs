using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace AmtzaHaderech.Integrations.Common;

/// The one way the hub writes CSV (SPOT's bulk-import files, the Employment Service feedback
/// file): the contracts' RFC 4180 with CRLF, and every value written by its kind. Text from
/// outside goes through SpreadsheetText's rule; what the hub produced or validated itself is
/// written as it is: numbers (a negative one starts with `-`), dates, E.164 phones (`+972...`)
/// and identifiers that are digits. CsvHelper's own InjectionOptions would escape those too, so
/// the rule is applied here, per kind, and the writer underneath has none.
public sealed class SafeCsvWriter(TextWriter text) : IDisposable
{
    private readonly CsvWriter _csv = new(text, new CsvConfiguration(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.None,
        ShouldQuote = args => args.Field is { } f && (f.Contains(',') || f.Contains('"') || f.Contains('\n') || f.Contains('\r')),
    });

    /// Text from outside (a name, a city, an employer, a note, a code read from a file).
    public SafeCsvWriter Text(string? value) => Raw(SpreadsheetText.Neutralize(value));

    /// A header row's names.
    public SafeCsvWriter Texts(IEnumerable<string> values)
    {
        foreach (var value in values) Text(value);
        return this;
    }

    /// An Israeli phone in E.164 as the hub stores it, written as it is; anything else as text.
    public SafeCsvWriter Phone(string? value) => IsraeliPhone.IsE164(value) ? Raw(value) : Text(value);

    public SafeCsvWriter Number(decimal? value) => Raw(value?.ToString(CultureInfo.InvariantCulture));

    public SafeCsvWriter Number(int? value) => Raw(value?.ToString(CultureInfo.InvariantCulture));

    public SafeCsvWriter Date(DateOnly? value, string format) => Raw(value?.ToString(format, CultureInfo.InvariantCulture));

    /// An identifier that must be digits (a national ID, a referral number): empty when it is not.
    public SafeCsvWriter Digits(string? value) => Raw(value is { Length: > 0 } && value.All(char.IsAsciiDigit) ? value : "");

    public void EndRow() => _csv.NextRecord();

    public void Flush() => _csv.Flush();

    public void Dispose() => _csv.Dispose();

    private SafeCsvWriter Raw(string? value)
    {
        _csv.WriteField(value ?? "");
        return this;
    }
}
