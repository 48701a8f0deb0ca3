using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.ReportBenchmarks.Runs;

/// The steps measured, in the order the monthly jobs take them: metrics from the snapshot, then
/// the workbook(s) into memory; and the ceiling for the same cells. The evaluation report's
/// steps come last (EvaluationMetrics, EvaluationWorkbook).
public sealed record RunResult(IReadOnlyList<Measurement> Steps, long ProgramCells, long CoordinatorCells, int Enrolled, int ReportedTotal)
{
    public const int ProgramMetricsStep = 0, EvaluationMetricsStep = 6;

    /// The evaluation report's metrics over the program report's, in the same round (target: at most 3).
    public double EvaluationOverProgram => Steps[EvaluationMetricsStep].Elapsed / Steps[ProgramMetricsStep].Elapsed;
}

public static class ReportRuns
{
    private static readonly string[] Centers = ["tlv", "ksb", "mod"];
    private static readonly DateOnly AsOf = new(2019, 12, 31);
    private static readonly ReportMonth Month = new(2019, 6);

    public static RunResult Run(SpotSnapshot data, FunnelInputs referrals)
    {
        var (programMetrics, program) = Meter.Measure("program: metrics", () => ProgramMetrics.Compute(data, AsOf, Centers));
        var (programWorkbook, programBytes) = Meter.Measure("program: workbook", () => Write(stream => ProgramWorkbook.Write(program, stream, "benchmark", ReportNames.Codes)));
        var programCells = WorkbookCells.Read([programBytes]);
        var (programCeiling, _) = Meter.Measure("program: bare writer, same cells (ceiling)", programCells.WriteBare);

        var (coordinatorMetrics, coordinators) = Meter.Measure("coordinators: metrics", () => CoordinatorMetrics.Compute(data, Month, Centers));
        var (coordinatorWorkbooks, coordinatorBytes) = Meter.Measure("coordinators: workbooks (3 centers)", () =>
            CoordinatorWorkbook.Centers(coordinators).Select(c => Write(stream => CoordinatorWorkbook.Write(coordinators, c, stream, "benchmark", ReportNames.Codes))).ToList());
        var coordinatorCells = WorkbookCells.Read(coordinatorBytes);
        var (coordinatorCeiling, _) = Meter.Measure("coordinators: bare writer, same cells (ceiling)", coordinatorCells.WriteBare);

        var (evaluationMetrics, evaluation) = Meter.Measure("evaluation: metrics (channels, workshops, funnel)",
            () => EvaluationMetrics.Compute(data, AsOf, referrals));
        var (evaluationWorkbook, _) = Meter.Measure("evaluation: workbook", () => Write(stream => EvaluationWorkbook.Write(evaluation, stream, "benchmark")));

        return new RunResult(
            [programMetrics, programWorkbook, programCeiling, coordinatorMetrics, coordinatorWorkbooks, coordinatorCeiling, evaluationMetrics, evaluationWorkbook],
            programCells.Count, coordinatorCells.Count,
            data.Participants.Count(p => p.EnrolledOn <= AsOf), program.Centers[^1].Total);
    }

    private static byte[] Write(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
