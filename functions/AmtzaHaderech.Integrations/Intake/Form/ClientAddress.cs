using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// Whom a request counts against for rate limiting: the connection's address, unless the
/// connection comes from a configured front end (`IntakeForm:TrustedFrontEnds`). Then the client
/// is the rightmost `X-Forwarded-For` entry that is not a front end itself: each proxy appends
/// the address it saw, and entries further left are whatever the client sent, so a client that
/// rotates them only moves entries nobody reads. An IPv6 client counts by its /64: one
/// household or phone gets a whole /64 and could otherwise rotate addresses at will.
internal static class ClientAddress
{
    public const string ForwardedFor = "X-Forwarded-For";

    public static string Of(HttpRequest request, IReadOnlyList<string> trustedFrontEnds)
    {
        if (request.HttpContext.Connection.RemoteIpAddress is not { } remote) return "unknown";
        var frontEnds = trustedFrontEnds.Select(Network).OfType<IPNetwork>().ToList();
        var client = Normalized(remote);
        if (!IsFrontEnd(client, frontEnds)) return Bucket(client);

        var entries = request.Headers[ForwardedFor].SelectMany(v => (v ?? "").Split(',')).ToList();
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            if (Parse(entries[i].Trim()) is not { } forwarded) break;
            client = Normalized(forwarded);
            if (!IsFrontEnd(client, frontEnds)) break;
        }
        return Bucket(client);
    }

    /// "203.0.113.7" or "10.0.0.0/8" (an address is a network of one); null when neither.
    public static IPNetwork? Network(string text)
    {
        if (IPAddress.TryParse(text, out var address))
            return new IPNetwork(Normalized(address), address.AddressFamily == AddressFamily.InterNetworkV6 && !address.IsIPv4MappedToIPv6 ? 128 : 32);
        return IPNetwork.TryParse(text, out var network) ? network : null;
    }

    private static bool IsFrontEnd(IPAddress address, List<IPNetwork> frontEnds) => frontEnds.Exists(n => n.Contains(address));

    private static IPAddress Normalized(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    // "203.0.113.7", "203.0.113.7:51234", "[2001:db8::1]:443" or "2001:db8::1".
    private static IPAddress? Parse(string text)
    {
        if (IPAddress.TryParse(text, out var plain)) return plain;
        return IPEndPoint.TryParse(text, out var endpoint) ? endpoint.Address : null;
    }

    private static string Bucket(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
