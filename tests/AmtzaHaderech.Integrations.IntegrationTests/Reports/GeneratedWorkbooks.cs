using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// Workbooks of any size from generated SPOT data: a center whose people have had no contact
/// for months, so each one is a row of a call list (random names, phones and ids, which do not
/// compress away).
internal static class GeneratedWorkbooks
{
    public static readonly ReportMonth Month = new(2018, 10);

    public static byte[] Coordinators(int people, int seed = 7)
    {
        var random = new Random(seed);
        var participants = Enumerable.Range(0, people).Select(i => new SpotParticipant
        {
            ParticipantId = $"P{i:D6}-{random.Next():x8}",
            FirstName = Hebrew(random, 3, 7),
            LastName = Hebrew(random, 3, 9),
            Phone = "+9725" + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture),
            Center = "tlv",
            Coordinator = $"coordinator{i % 4}@amtza.org.il",
            BirthDate = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 6000)),
            EnrolledOn = new DateOnly(2016, 1, 1).AddDays(random.Next(0, 900)),
        }).ToList();
        var report = CoordinatorMetrics.Compute(new SpotSnapshot(participants, [], []), Month, ["tlv"]);
        using var buffer = new MemoryStream();
        CoordinatorWorkbook.Write(report, "tlv", buffer, "generated", DefaultNames.Load());
        return buffer.ToArray();
    }

    private static string Hebrew(Random random, int min, int max) =>
        new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => (char)('א' + random.Next(0, 27)))]);
}
