using System.Diagnostics;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.MatchingBenchmarks;

/// Per-record time of one kind of record against one store, and the records whose outcome was
/// not the expected one.
public sealed record Timing(int StoreSize, string Kind, int Records, TimeSpan Elapsed, int WrongOutcomes)
{
    public double MillisecondsPerRecord => Elapsed.TotalMilliseconds / Records;
}

public static class MatchingRun
{
    public const string Merges = "merges (shares a national ID and phone)";
    public const string News = "new people";

    /// `records` records about stored people spread over the whole store (merged), then as many
    /// about people nobody stored (accepted), one at a time through ReferralPipeline.ProcessAsync.
    /// New people are numbered past the store and past every earlier run against it.
    public static async Task<IReadOnlyList<Timing>> RunAsync(Store store, int records, CancellationToken cancellationToken = default)
    {
        var runNumber = await store.NextRunAsync(cancellationToken);
        var pipeline = store.Services.GetRequiredService<ReferralPipeline>();
        var clock = store.Services.GetRequiredService<TimeProvider>();
        var run = $"{runNumber}";
        var today = IsraelTime.Today(clock);
        var receipt = Receipts.NewId(Sources.Intake, clock);

        var stride = Math.Max(1, store.Size / records);
        var merges = Enumerable.Range(0, records).Select(k => (long)(k * stride % store.Size)).ToList();
        // Past the store, and a fresh block per run so no run meets an earlier run's new people
        // (people numbers stay below 90,000,000, where generated national IDs would repeat).
        var firstNew = 50_000_000 + runNumber * records;
        if (firstNew + records > 90_000_000) throw new InvalidOperationException("This store has had all the runs it can: delete the benchmark's --data folder.");
        var news = Enumerable.Range(0, records).Select(k => firstNew + k).ToList();

        return
        [
            await TimeAsync(store.Size, Merges, merges, Outcomes.Merged, 0),
            await TimeAsync(store.Size, News, news, Outcomes.Accepted, records),
        ];

        async Task<Timing> TimeAsync(int size, string kind, List<long> people, string expected, int rowOffset)
        {
            var wrong = 0;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < people.Count; i++)
            {
                var record = People.Incoming(people[i], run, rowOffset + i + 1, today);
                var result = await pipeline.ProcessAsync(record, receipt, cancellationToken);
                if (result.Outcome != expected) wrong++;
            }
            watch.Stop();
            return new Timing(size, kind, people.Count, watch.Elapsed, wrong);
        }
    }
}
