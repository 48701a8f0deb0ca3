namespace AmtzaHaderech.Integrations;

/// When the hub's scheduled jobs run: NCRONTAB with seconds, in UTC. The Functions app's timer
/// triggers and `amtza serve` both read these, so the two hosts keep one timetable. Jobs that
/// care about Israel's clock (quiet times, the last day of a month) check it in code.
public static class HubSchedules
{
    /// Follow-ups: plan, send what is due and allowed now, remind, escalate.
    public const string FollowUps = "0 */30 * * * *";
    /// SPOT outbox sweep: changes whose queue message was lost or whose retry is due.
    public const string SpotSweep = "0 */10 * * * *";
    /// SPOT's changes pulled into the mirror.
    public const string SpotPull = "0 5,35 * * * *";
    /// Facebook reconciliation: each form's leads since its checkpoint.
    public const string FacebookReconcile = "0 5 * * * *";
    /// The Employment Service feedback file, each evening (20:30 UTC is 22:30 or 23:30 in Israel).
    public const string EmploymentServiceFeedback = "0 30 20 * * *";
    /// The monthly reports, on the 1st (the jobs report the month that ended in Israel).
    public const string ProgramReport = "0 0 3 1 * *";
    public const string CoordinatorReports = "0 15 3 1 * *";
    public const string EvaluationReport = "0 30 3 1 * *";
    /// The day before each workshop session, its sign-up list to the center's coordinators: 13:00
    /// UTC is 15:00 or 16:00 in Israel, late enough for most sign-ups, early enough to call.
    public const string WorkshopSignUpLists = "0 0 13 * * *";
    /// The coordinators' marked sign-up lists read back each evening: 18:00 UTC is 20:00 or 21:00
    /// in Israel, after the day's sessions.
    public const string WorkshopListReadBack = "0 0 18 * * *";
    /// The poison queues looked into, for the alert on messages nobody will retry.
    public const string PoisonCheck = "0 */15 * * * *";
}
