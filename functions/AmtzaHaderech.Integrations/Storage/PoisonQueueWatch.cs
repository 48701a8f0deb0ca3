using System.Diagnostics.Metrics;
using AmtzaHaderech.Integrations.Telemetry;

namespace AmtzaHaderech.Integrations.Storage;

/// Looks into every `-poison` queue (messages the Functions host gave up on after five tries)
/// and records how many each holds as the `PoisonMessages` metric (dimension `Queue`), which
/// drives the alert; docs/operations.md says how to replay them. Nothing else notices them: a
/// poisoned message is a referral or a SPOT change waiting for a person.
public sealed class PoisonQueueWatch(HubStorage storage)
{
    public const string Suffix = "-poison";
    private static readonly Meter Meter = new(HubMeter.Name);
    private static readonly Histogram<long> PoisonMessages = Meter.CreateHistogram<long>("PoisonMessages");

    /// The approximate number of messages in each poison queue, by the queue it belongs to.
    public async Task<IReadOnlyDictionary<string, int>> CheckAsync(CancellationToken cancellationToken = default)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var queue in StorageNames.Queues.All)
        {
            var properties = await storage.Queue(queue + Suffix).GetPropertiesAsync(cancellationToken);
            counts[queue] = properties.Value.ApproximateMessagesCount;
            PoisonMessages.Record(counts[queue], new KeyValuePair<string, object?>("Queue", queue));
        }
        return counts;
    }
}
