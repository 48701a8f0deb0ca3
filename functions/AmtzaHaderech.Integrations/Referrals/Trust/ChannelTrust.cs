namespace AmtzaHaderech.Integrations.Referrals.Trust;

/// Who stands behind a channel's records (docs/matching.md, "Trust"). An institution checked the
/// people of a trusted channel, a city collected those of a semi-trusted one; both follow the
/// matching rules as they are. A claim is what anyone can type: the intake form and its exports,
/// Facebook leads (webhook or Leads Center export). It never changes a known person by itself.
public enum TrustLevel { Trusted, SemiTrusted, Claim }

internal static class ChannelTrust
{
    public static TrustLevel Of(string source) => source switch
    {
        Sources.EmploymentService => TrustLevel.Trusted,
        Sources.Municipal => TrustLevel.SemiTrusted,
        Sources.Intake or Sources.Facebook => TrustLevel.Claim,
        // A channel added later is a claim until someone decides who stands behind it.
        _ => TrustLevel.Claim,
    };

    public static bool IsClaim(string source) => Of(source) == TrustLevel.Claim;
}

/// Why a record waits in review besides the matching rules (rule1-rule4 name those).
public static class ReviewReasons
{
    /// A claim that matches a stored person and would add or change who they are or how to reach them.
    public const string UnverifiedMatch = "unverified_match";
}
