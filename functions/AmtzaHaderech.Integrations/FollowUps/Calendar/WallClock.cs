using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.FollowUps.Calendar;

/// Israel wall-clock times to instants across daylight-saving changes: a wall time skipped in
/// spring and one that happens twice in autumn both need a defined instant.
internal static class WallClock
{
    public static (DateOnly Date, TimeSpan Time) Of(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, IsraelTime.Zone).DateTime;
        return (DateOnly.FromDateTime(local), local.TimeOfDay);
    }

    /// The earliest instant, not before notBefore, at which Israel's clock shows date + time;
    /// when the clock skips that time, the instant it jumps past it.
    public static DateTimeOffset FirstInstantAt(DateOnly date, TimeSpan time, DateTimeOffset notBefore)
    {
        var zone = IsraelTime.Zone;
        var local = date.ToDateTime(TimeOnly.MinValue).Add(time);
        if (zone.IsAmbiguousTime(local))
        {
            var instants = zone.GetAmbiguousTimeOffsets(local).Select(offset => new DateTimeOffset(local, offset)).Order().ToArray();
            return instants.FirstOrDefault(i => i >= notBefore, instants[^1]);
        }
        return zone.IsInvalidTime(local) ? EndOfGap(local) : new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    // Offset changes are months apart, so a day either side gives the offsets before and after the
    // gap. Read with the later (larger) offset the skipped time is an instant before the jump, read
    // with the earlier one an instant after it; a binary search between them finds the jump.
    private static DateTimeOffset EndOfGap(DateTime local)
    {
        var low = new DateTimeOffset(local, IsraelTime.Zone.GetUtcOffset(local.AddDays(1))).UtcTicks;
        var high = new DateTimeOffset(local, IsraelTime.Zone.GetUtcOffset(local.AddDays(-1))).UtcTicks;
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            var wall = TimeZoneInfo.ConvertTime(new DateTimeOffset(middle, TimeSpan.Zero), IsraelTime.Zone).DateTime;
            if (wall >= local) high = middle; else low = middle;
        }
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(high, TimeSpan.Zero), IsraelTime.Zone);
    }
}
