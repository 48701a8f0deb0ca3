using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace AmtzaHaderech.Integrations.Localization;

/// The texts for one reader: their language and the way to address them, with the program's name
/// (in that language) wherever a text says `{program}`. Values fill the other `{name}` holes; a
/// hole without a value is a mistake in the code or the file, and throws.
public sealed partial class Texts(TextCatalog catalog, Language language, Addressing addressing, string programName)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public Language Language => language;
    public Addressing Addressing => addressing;
    public string ProgramName => programName;

    /// The same language, addressing someone else (a coordinator, a reader of unknown gender).
    public Texts As(Addressing other) => new(catalog, language, other, programName);

    /// Plain text: SMS, the e-mail's text, a page's title.
    public string Text(string key, params (string Name, string Value)[] values) =>
        Fill(key, catalog.Get(language, addressing, key), values, encode: false);

    /// HTML: the text encoded, the values put in as they are (the caller's HTML: encode what came from outside).
    public string Html(string key, params (string Name, string Value)[] values) =>
        Fill(key, catalog.Get(language, addressing, key), values, encode: true);

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// `29/11/2026` (Russian: `29.11.2026`).
    public string Date(DateOnly day) => day.ToString(Text("format.date"), CultureInfo.InvariantCulture);

    /// `29/11`: in messages, about a day in the coming weeks.
    public string ShortDate(DateOnly day) => day.ToString(Text("format.date.short"), CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// `יום ראשון`, `воскресенье`.
    public string Weekday(DateOnly day) => Text("weekday." + WeekdayKey(day));

    /// `ביום ראשון`, `в воскресенье`: the day as a sentence says when.
    public string OnWeekday(DateOnly day) => Text("weekday.on." + WeekdayKey(day));

    /// `יום ראשון, 29/11/2026`.
    public string DayAndDate(DateOnly day) => Text("format.day-and-date", ("weekday", Weekday(day)), ("date", Date(day)));

    private static string WeekdayKey(DateOnly day) => day.DayOfWeek.ToString().ToLowerInvariant();

    private string Fill(string key, string template, (string Name, string Value)[] values, bool encode)
    {
        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        foreach (Match hole in Hole().Matches(template))
        {
            text.Append(Literal(template[at..hole.Index], encode));
            var name = hole.Groups[1].Value;
            var value = name == "program" ? (encode ? Encode(programName) : programName)
                : values.FirstOrDefault(v => v.Name == name) is { Name: not null } found ? found.Value
                : throw new InvalidOperationException($"Text '{key}' ({language.Code}) has {{{name}}}, and no value was given for it.");
            text.Append(value);
            at = hole.Index + hole.Length;
        }
        return text.Append(Literal(template[at..], encode)).ToString();
    }

    private static string Literal(string text, bool encode) => encode ? Encode(text) : text;

    /// A hole in a text: `{name}`.
    [GeneratedRegex(@"\{([a-zA-Z][a-zA-Z0-9]*)\}")]
    public static partial Regex Hole();
}
