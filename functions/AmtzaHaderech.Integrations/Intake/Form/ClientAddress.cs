using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// Whom a request counts against for rate limiting. Behind Azure's front ends the connection is
/// the front end's, so the client is the rightmost entry of the header they append to (entries
/// left of it are whatever the client sent, and cannot be trusted). An IPv6 client counts by its
/// /64: one household or phone gets a whole /64 and could otherwise rotate addresses at will.
public static class ClientAddress
{
    public static string Of(HttpRequest request, string? header)
    {
        if (!string.IsNullOrEmpty(header) && request.Headers.TryGetValue(header, out var values)
            && values.LastOrDefault()?.Split(',').LastOrDefault()?.Trim() is { Length: > 0 } forwarded
            && Parse(forwarded) is { } address)
            return Bucket(address);
        return request.HttpContext.Connection.RemoteIpAddress is { } remote ? Bucket(remote) : "unknown";
    }

    // "203.0.113.7", "203.0.113.7:51234", "[2001:db8::1]:443" or "2001:db8::1".
    private static IPAddress? Parse(string text)
    {
        if (IPAddress.TryParse(text, out var plain)) return plain;
        return IPEndPoint.TryParse(text, out var endpoint) ? endpoint.Address : null;
    }

    private static string Bucket(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
