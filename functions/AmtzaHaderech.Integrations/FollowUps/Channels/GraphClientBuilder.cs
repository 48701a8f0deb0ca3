using AmtzaHaderech.Integrations.Teams;
using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace AmtzaHaderech.Integrations.FollowUps.Channels;

/// A GraphServiceClient for the configured endpoint: Graph's own handlers (retry with
/// Retry-After, redirects) and a bearer token from the credential, sent to that host only.
internal static class GraphClientBuilder
{
    public static GraphServiceClient Create(GraphOptions options, TokenCredential? credential = null)
    {
        credential ??= !string.IsNullOrWhiteSpace(options.ClientSecret)
            ? new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret)
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { TenantId = options.TenantId });
        var auth = new BaseBearerTokenAuthenticationProvider(new GraphTokenProvider(credential, new Uri(options.BaseUrl)));
        return new GraphServiceClient(GraphClientFactory.Create(), auth, options.BaseUrl.TrimEnd('/'));
    }
}
