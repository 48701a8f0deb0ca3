using System.Security.Cryptography;
using System.Text;
using AmtzaHaderech.Integrations.Configuration;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Participants;

public enum IdentityKind { NationalId, Phone, Email }

/// The identity index's keys: an HMAC of the normalized value, so the index holds no readable
/// personal data and a leaked table reveals nothing without the key (Key Vault in Azure).
public sealed class IdentityKeys(IOptions<HubOptions> options)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.IdentityKeySecret);

    public string For(IdentityKind kind, string normalizedValue)
    {
        var prefix = kind switch
        {
            IdentityKind.NationalId => "nid",
            IdentityKind.Phone => "tel",
            _ => "eml",
        };
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(prefix + ":" + normalizedValue));
        return prefix + "-" + Convert.ToHexStringLower(mac.AsSpan(0, 20));
    }

    /// Every identity key of a person: national ID, each phone, each e-mail.
    public IEnumerable<string> AllFor(string? nationalId, IEnumerable<string> phones, IEnumerable<string> emails)
    {
        if (nationalId is not null) yield return For(IdentityKind.NationalId, nationalId);
        foreach (var phone in phones) yield return For(IdentityKind.Phone, phone);
        foreach (var email in emails) yield return For(IdentityKind.Email, email);
    }

    /// A stable opaque id for personal values that must key a row (e.g. a municipal list's
    /// idempotency key is the person's phone).
    public string Opaque(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("key:" + value)).AsSpan(0, 20));
}
