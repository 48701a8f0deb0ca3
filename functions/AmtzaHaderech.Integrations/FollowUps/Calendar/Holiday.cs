namespace AmtzaHaderech.Integrations.FollowUps.Calendar;

/// The Jewish holidays on which the hub never messages participants (docs/quiet-times.md).
public enum HolidayKind
{
    RoshHashana,
    YomKippur,
    Sukkot,
    SheminiAtzeret,
    Pesach,
    PesachSeventhDay,
    Shavuot,
}

/// One holiday day as kept in Israel (a single day each; Rosh Hashana is two days, two entries).
public sealed record Holiday(DateOnly Date, HolidayKind Kind, string HebrewName);
