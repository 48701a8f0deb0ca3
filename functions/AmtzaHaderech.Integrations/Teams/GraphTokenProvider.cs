using Azure.Core;
using Microsoft.Kiota.Abstractions.Authentication;

namespace AmtzaHaderech.Integrations.Teams;

/// Bearer tokens for Microsoft Graph from an Azure credential (the managed identity in Azure),
/// given only to requests for the configured Graph host: upload-session URLs point elsewhere
/// and must not carry the token.
public sealed class GraphTokenProvider(TokenCredential credential, Uri graphBaseUrl) : IAccessTokenProvider
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphBaseUrl.Host]);

    public async Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri)) return "";
        var token = await credential.GetTokenAsync(new TokenRequestContext(Scopes), cancellationToken);
        return token.Token;
    }
}
