namespace AmtzaHaderech.Integrations.EmploymentService;

/// The statuses of the daily feedback file (docs/employment-service.md).
internal static class FeedbackStatuses
{
    public const string Accepted = "התקבל";
    public const string NotEligible = "לא_עומד_בתנאים";
    public const string AlreadyParticipant = "כפילות";
    public const string Rejected = "נדחה";
    public const string Placed = "השתלב_בעבודה";
}
