namespace AmtzaHaderech.Integrations.Facebook.Leads;

/// One `leadgen` change of a webhook delivery (or a lead found by reconciliation): which lead to
/// fetch. Also the `facebook-leads` queue message; `Attempt` counts the fetches Graph deferred.
public sealed record LeadNotification
{
    public required string LeadgenId { get; init; }
    public string? FormId { get; init; }
    public string? PageId { get; init; }
    public string? AdId { get; init; }
    /// Unix seconds, as Facebook sends it.
    public long? CreatedTime { get; init; }
    public int Attempt { get; init; }
}
