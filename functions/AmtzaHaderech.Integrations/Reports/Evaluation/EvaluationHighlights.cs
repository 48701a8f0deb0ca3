namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The few figures a coordinator reads first: on the Teams card and the demo's screen.
public static class EvaluationHighlights
{
    /// The recruitment source with the highest 6-month placement rate (not `unknown` or `all`);
    /// a tie goes to the larger cohort, then to the source listed first. Null when no source
    /// has anyone enrolled six months yet.
    public static ChannelFigures? BestChannel(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Channels.Take(report.Channels.Count - 2)
            .Where(c => c.Placed6Rate is not null)
            .OrderByDescending(c => c.Placed6Rate).ThenByDescending(c => c.Cohort6)
            .FirstOrDefault();
    }
}
