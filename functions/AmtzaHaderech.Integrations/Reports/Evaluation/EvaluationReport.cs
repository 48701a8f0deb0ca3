namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The evaluation report (docs/evaluation.md): which recruitment channel brings people who find
/// work, which workshop helps, and what became of every referral. Serialized with
/// MetricsJson.Options it is exactly the JSON shape of docs/evaluation.md. Ratios, means and
/// medians are null when there is nothing to divide by.
public sealed record EvaluationReport(
    DateOnly AsOf,
    IReadOnlyList<ChannelFigures> Channels,
    IReadOnlyList<WorkshopFigures> Workshops,
    FunnelReport Funnel);

/// One recruitment source (SPOT's `recruitment_source`, then `unknown`, then `all`).
public sealed record ChannelFigures(
    string Source, int Enrolled, int Active, int Placed, double? PlacementRate,
    int Cohort6, int Placed6, double? Placed6Rate, double? MedianMonthsToPlacement,
    int Dropouts, double? DropoutRate, int N12, int Employed12, double? Employed12Rate);

/// One workshop (its title, white space tidied), with the comparison group of its cohort.
public sealed record WorkshopFigures(
    string Workshop, int Attendances, int Sessions, int Participants, int Cohort, int Placed6,
    double? Placed6Rate, double? ComparisonRate6, double? Difference);

/// The referrals received in [From, To], per inbound channel and `all`.
public sealed record FunnelReport(DateOnly From, DateOnly To, IReadOnlyList<FunnelFigures> Channels);

/// Each rate is its count over the count before it in people -> eligible -> invited ->
/// confirmed -> enrolled -> placed.
public sealed record FunnelFigures(
    string Channel, int Records, int Rejected, int Duplicate, int Review, int NoConsent,
    int People, int Eligible, double? EligibleRate, int RoutingCall, int NotEligible,
    int Invited, double? InvitedRate, int Confirmed, double? ConfirmedRate,
    int Enrolled, double? EnrolledRate, int Placed, double? PlacedRate, double? MedianDaysToEnrolment);
