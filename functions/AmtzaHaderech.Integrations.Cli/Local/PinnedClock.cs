using System.Diagnostics;
using System.Globalization;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Cli.Local;

/// `--now`: the clock starts at the given Israel time and runs on from there, so a pinned
/// `serve` still sees time pass.
public sealed class PinnedClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);

    public static PinnedClock Parse(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            throw new FormatException($"--now must be yyyy-MM-dd or yyyy-MM-ddTHH:mm (Israel time), not '{text}'.");
        var at = local.TimeOfDay == TimeSpan.Zero && text.Length == 10 ? new TimeOnly(9, 0) : TimeOnly.FromDateTime(local);
        return new PinnedClock(IsraelTime.At(DateOnly.FromDateTime(local), at));
    }
}
