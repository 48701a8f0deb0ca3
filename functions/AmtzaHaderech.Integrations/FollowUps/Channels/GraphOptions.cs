namespace AmtzaHaderech.Integrations.FollowUps.Channels;

/// Section `Graph`: e-mail through Microsoft Graph `sendMail` from the program's shared mailbox,
/// with the application permission `Mail.Send` (restricted to that mailbox by an application
/// access policy). Unset (no SenderMailbox), e-mail goes to the local outbox when there is one, or
/// waits. In Azure the app's managed identity gets the token; `TenantId`, `ClientId` and
/// `ClientSecret` (Key Vault) are for an app registration instead.
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public string? SenderMailbox { get; set; }
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SenderMailbox);
}
