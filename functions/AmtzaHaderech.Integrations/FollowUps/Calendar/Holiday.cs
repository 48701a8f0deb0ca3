namespace AmtzaHaderech.Integrations.FollowUps.Calendar;

/// The Jewish holidays on which the hub never messages participants (follow-ups.md, "Sending").
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
