using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

internal static class QuietTimesFixture
{
    public static QuietTimes Create(QuietTimesOptions? options = null) =>
        new(new JewishHolidays(), Options.Create(options ?? new QuietTimesOptions()));

    /// "2024-11-12 09:59" on Israel's wall clock.
    public static DateTimeOffset Israel(string local)
    {
        var parts = local.Split(' ');
        return IsraelTime.At(DateOnly.Parse(parts[0]), TimeOnly.Parse(parts[1]));
    }
}
