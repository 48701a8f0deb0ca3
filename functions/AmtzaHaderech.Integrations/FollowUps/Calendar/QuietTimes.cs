using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Calendar;

/// When the hub may message a participant (docs/quiet-times.md).
/// Works on Israel wall-clock time: each calendar day has a few allowed windows, and an instant is
/// quiet when its wall time falls in none of them. Thread-safe; register as a singleton.
public sealed class QuietTimes
{
    private static readonly TimeSpan Midnight = TimeSpan.Zero;
    private static readonly TimeSpan EndOfDay = TimeSpan.FromDays(1);

    // Quiet stretches are at most a few days long; a year without an allowed minute means the
    // configuration is broken, not that the caller should wait.
    private const int SearchDays = 366;
    private const int MaxHops = 8;

    private readonly JewishHolidays holidays;
    private readonly FrozenSet<DateOnly> memorialDays;
    private readonly TimeSpan nightStart, nightEnd, eveStart, resumeAfterRest, sendAt;

    public QuietTimes(JewishHolidays holidays, IOptions<QuietTimesOptions> options)
    {
        var value = options.Value;
        this.holidays = holidays;
        memorialDays = value.MemorialDaysOrDefaults().ToFrozenSet();
        nightStart = value.NightStart.ToTimeSpan();
        nightEnd = value.NightEnd.ToTimeSpan();
        eveStart = value.FridayAndEveStart.ToTimeSpan();
        resumeAfterRest = value.ResumeAfterRestAt.ToTimeSpan();
        sendAt = value.SendAt.ToTimeSpan();
    }

    public bool IsQuiet(DateTimeOffset instant)
    {
        var (date, time) = WallClock.Of(instant);
        return !AllowedWindows(date).Exists(window => window.Contains(time));
    }

    /// The instant itself when it is allowed, else the first allowed instant after it. Jumps from
    /// window start to window start; only a daylight-saving change can make a jump land on a
    /// quiet instant, and the loop then jumps again.
    public DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        var candidate = instant;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var (date, time) = WallClock.Of(candidate);
            var windows = AllowedWindows(date);
            if (windows.Exists(window => window.Contains(time))) return candidate;
            var (startDate, start) = NextWindowStart(date, time, windows);
            candidate = WallClock.FirstInstantAt(startDate, start, candidate);
        }
        throw new InvalidOperationException("No allowed time found: check the QuietTimes configuration.");
    }

    /// When a follow-up due on this date is sent: SendAt Israel time that day, or the next allowed time.
    public DateTimeOffset SendTimeFor(DateOnly dueDate) => NextAllowed(NominalSendTime(dueDate));

    /// SendAt Israel time on the date, quiet or not: a send time later than this one was deferred.
    public DateTimeOffset NominalSendTime(DateOnly dueDate) => WallClock.FirstInstantAt(dueDate, sendAt, DateTimeOffset.MinValue);

    private (DateOnly Date, TimeSpan Start) NextWindowStart(DateOnly date, TimeSpan time, List<Window> windows)
    {
        var later = windows.FindIndex(window => window.Start > time);
        if (later >= 0) return (date, windows[later].Start);
        for (var day = date.AddDays(1); day <= date.AddDays(SearchDays); day = day.AddDays(1))
        {
            var dayWindows = AllowedWindows(day);
            if (dayWindows.Count > 0) return (day, dayWindows[0].Start);
        }
        throw new InvalidOperationException("No allowed time within a year: check the QuietTimes configuration.");
    }

    private bool IsRestDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Saturday || holidays.IsHoliday(date);

    // The day's hours minus its quiet stretches: the night at both ends, the rest or memorial day
    // until it ends, and the afternoon before a rest day. Rest-day chains (Friday, a holiday on
    // Sunday) need no special case: each day of the chain is both a rest day and an eve.
    private List<Window> AllowedWindows(DateOnly date)
    {
        List<Window> quiet = nightStart > nightEnd
            ? [new(Midnight, nightEnd), new(nightStart, EndOfDay)]
            : [new(nightStart, nightEnd)];
        if (IsRestDay(date) || memorialDays.Contains(date)) quiet.Add(new(Midnight, resumeAfterRest));
        if (IsRestDay(date.AddDays(1))) quiet.Add(new(eveStart, EndOfDay));
        quiet.Sort((a, b) => a.Start.CompareTo(b.Start));

        var allowed = new List<Window>(2);
        var cursor = Midnight;
        foreach (var stretch in quiet)
        {
            if (stretch.Start > cursor) allowed.Add(new(cursor, stretch.Start));
            if (stretch.End > cursor) cursor = stretch.End;
        }
        if (cursor < EndOfDay) allowed.Add(new(cursor, EndOfDay));
        return allowed;
    }

    private readonly record struct Window(TimeSpan Start, TimeSpan End)
    {
        public bool Contains(TimeSpan time) => time >= Start && time < End;
    }
}
