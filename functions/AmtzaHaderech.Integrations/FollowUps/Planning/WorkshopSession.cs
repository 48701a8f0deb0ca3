using System.Globalization;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// A workshop session as participants and staff see it: its id (`ksb-20261203-1000`: the
/// center, the day and the start time, unique in a center), title, center, day, hours, place and
/// seats.
public sealed record WorkshopSession(
    string Id, string Center, string Title, IReadOnlyDictionary<string, string> TitleTranslations,
    DateOnly Date, TimeOnly Start, TimeOnly End, string Address, IReadOnlyDictionary<string, string> AddressTranslations,
    Uri? MapUrl, int Seats)
{
    public static string IdOf(string center, DateOnly date, TimeOnly start) =>
        string.Create(CultureInfo.InvariantCulture, $"{center}-{date:yyyyMMdd}-{start:HHmm}");

    public string TitleIn(Language language) => Translations.Pick(Title, TitleTranslations, language);

    public string AddressIn(Language language) => Translations.Pick(Address, AddressTranslations, language);
}
