using AmtzaHaderech.Integrations.Configuration;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Localization;

/// Where every participant-facing part of the hub gets its texts: the catalog of Data/Texts/
/// with the program's name from the configuration (`Hub:ProgramName`, one setting for every
/// message, page and form). Thread-safe; a singleton.
public sealed class Localizer(IOptions<HubOptions> hub)
{
    public TextCatalog Catalog { get; } = TextCatalog.Embedded;

    public IReadOnlyList<Language> Languages => Catalog.Languages;

    /// Hebrew, to a reader nobody knows (a broken link): the plural address.
    public Texts Default => For(Catalog.Hebrew);

    /// The texts in the language of that code (Hebrew when it is empty or unknown).
    public Texts For(string? languageCode, Addressing addressing = Addressing.Plural) => For(Catalog.Resolve(languageCode), addressing);

    public Texts For(Language language, Addressing addressing = Addressing.Plural) =>
        new(Catalog, language, addressing, ProgramName(language));

    /// The program's name as readers of that language know it.
    public string ProgramName(Language language) =>
        Translations.Pick(hub.Value.ProgramName, hub.Value.ProgramNameTranslations, language);
}

/// Settings a participant reads (the program's name, a center's, a coordinator's, a conference's
/// address) are written in Hebrew, with their other languages beside them in a `...Translations`
/// setting keyed by language code: `"Name": "כפר סבא", "NameTranslations": { "ru": "Кфар-Саба" }`.
internal static class Translations
{
    public static string Pick(string hebrew, IReadOnlyDictionary<string, string>? translations, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return translations is not null && translations.TryGetValue(language.Code, out var translated) && !string.IsNullOrWhiteSpace(translated)
            ? translated
            : hebrew;
    }
}
