namespace AmtzaHaderech.Integrations.Storage;

/// Every table, container and queue the hub uses. The Bicep declares the same names; a test
/// keeps the two in step.
public static class StorageNames
{
    public static class Tables
    {
        public const string Participants = "participants";
        public const string Identity = "identitykeys";
        public const string IntakeLedger = "intakeledger";
        public const string IntakeKeys = "intakekeys";
        public const string Reviews = "reviews";
        public const string Feedback = "feedback";
        public const string Checkpoints = "checkpoints";
        public const string Outbox = "outbox";
        public const string FollowUps = "followups";
        // SPOT's own rows as exported (docs/spot.md), for idempotent re-imports and the reports.
        public const string SpotParticipants = "spotparticipants";
        public const string SpotEpisodes = "spotepisodes";
        public const string SpotActivities = "spotactivities";
        // Facebook leadgen notifications (docs/facebook.md): one row per leadgen id, pending until fetched.
        public const string FacebookLeads = "facebookleads";
        // The short links of the follow-up messages (`/l/{code}`): one row per code, until its token expires.
        public const string ShortLinks = "shortlinks";
        // Workshop seats and sign-ups (docs/workshops.md): one partition per session.
        public const string Workshops = "workshops";

        public static readonly string[] All =
            [Participants, Identity, IntakeLedger, IntakeKeys, Reviews, Feedback, Checkpoints, Outbox, FollowUps,
                SpotParticipants, SpotEpisodes, SpotActivities, FacebookLeads, ShortLinks, Workshops];
    }

    public static class Containers
    {
        public const string Inbound = "inbound";
        public const string Raw = "raw";
        public const string Quarantine = "quarantine";
        public const string Outbound = "outbound";
        public const string Reports = "reports";
        // One compressed copy of the SPOT mirror, what the reports read (Spot/Mirror/SpotMirrorCopy).
        public const string SpotMirror = "spot-mirror";

        public static readonly string[] All = [Inbound, Raw, Quarantine, Outbound, Reports, SpotMirror];
    }

    public static class Queues
    {
        public const string Referrals = "referrals";
        public const string FacebookLeads = "facebook-leads";
        public const string SpotOutbox = "spot-outbox";

        public static readonly string[] All = [Referrals, FacebookLeads, SpotOutbox];
    }

    /// The connection name of the storage account in configuration (`Storage`, or
    /// `Storage__serviceUri` and friends for a managed identity in Azure).
    public const string Connection = "Storage";
}
