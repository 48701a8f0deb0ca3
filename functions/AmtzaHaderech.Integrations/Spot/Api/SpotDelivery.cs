namespace AmtzaHaderech.Integrations.Spot.Api;

internal enum SpotDeliveryOutcome { Delivered, Retry, Quarantine }

/// What became of one attempt to deliver a change: delivered (and the SPOT id to store on the
/// person, when it is new to the hub), to be tried again (and when SPOT said), or refused for good.
internal sealed record SpotDelivery(SpotDeliveryOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null, string? LinkSpotId = null)
{
    public static SpotDelivery Delivered(string? linkSpotId) => new(SpotDeliveryOutcome.Delivered, LinkSpotId: linkSpotId);
    public static SpotDelivery Retry(string error, TimeSpan? retryAfter = null) => new(SpotDeliveryOutcome.Retry, error, retryAfter);
    public static SpotDelivery Quarantine(string error) => new(SpotDeliveryOutcome.Quarantine, error);

    /// docs/spot.md errors: 400/422 are permanent for the change; 429, 503, other 5xx and 408 pass;
    /// 401/403 are the hub's credentials, not the change: it waits for them to be fixed.
    public static SpotDelivery From(SpotResponse response) => response.Status switch
    {
        400 or 422 => Quarantine(response.Describe()),
        401 or 403 => Retry(response.Describe() + " (check Spot:ClientId, Spot:ClientSecret, Spot:Scope)"),
        408 or 429 or >= 500 => Retry(response.Describe(), response.RetryAfter),
        _ => Quarantine(response.Describe()),
    };
}
