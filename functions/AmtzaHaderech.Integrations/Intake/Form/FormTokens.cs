using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using AmtzaHaderech.Integrations.Configuration;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// A served form's identity: the submission key (a ULID, so it carries the time it was issued).
public sealed record IssuedForm(string Key, DateTimeOffset IssuedAt);

/// The hidden one-time token in every served form: a fresh ULID plus an HMAC over it. The ULID
/// is the submission's key and idempotency key (a second click or a refresh sends the same token:
/// `duplicate`), and its time is the time trap's start. Signing keeps both honest: a client can
/// neither choose a key nor backdate a form.
public sealed class FormTokens
{
    private const int MacLength = 16;
    private readonly byte[] _key;
    private readonly TimeProvider _clock;

    public FormTokens(IOptions<HubOptions> hub, TimeProvider clock)
    {
        // Derived from the hub's secret so that a deployment needs no second one; the label keeps
        // the two uses apart.
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(hub.Value.IdentityKeySecret), 32,
            info: "amtza intake form token"u8.ToArray());
        _clock = clock;
    }

    public string Issue()
    {
        var ulid = Ulid.NewUlid(_clock.GetUtcNow());
        Span<byte> token = stackalloc byte[16 + MacLength];
        ulid.TryWriteBytes(token);
        Mac(token[..16], token[16..]);
        return Base64Url.EncodeToString(token);
    }

    /// The form the token was issued for, or null when it is missing, malformed or not ours.
    public IssuedForm? Verify(string? token)
    {
        // TryDecode throws, rather than fails, on characters outside the alphabet.
        if (string.IsNullOrEmpty(token) || token.Length > 64 || !Base64Url.IsValid(token)) return null;
        Span<byte> bytes = stackalloc byte[48];
        if (!Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != 16 + MacLength) return null;
        Span<byte> expected = stackalloc byte[MacLength];
        Mac(bytes[..16], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.Slice(16, MacLength))) return null;
        var ulid = new Ulid(bytes[..16]);
        return new IssuedForm(ulid.ToString(), ulid.Time);
    }

    private void Mac(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> full = stackalloc byte[32];
        HMACSHA256.HashData(_key, data, full);
        full[..MacLength].CopyTo(destination);
    }
}
