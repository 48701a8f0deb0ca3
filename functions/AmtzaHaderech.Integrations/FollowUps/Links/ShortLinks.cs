using System.Security.Cryptography;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Links;

/// The short links of the messages: `https://{host}/l/{code}`, which the hub redirects to the
/// personal page's signed link (`/s/{token}`, `/r/{token}`, `/u/{token}`). An SMS in Hebrew,
/// Russian or Arabic holds 67 characters a part, and the signed link alone is about 70: the code
/// keeps a message at one link and, for a check-in, two parts.
/// The code is random (10 characters of 62: about 59 bits, so nobody finds a link by guessing) and
/// stored with the signed link it stands for in the `shortlinks` table (one row per code); it
/// stops working when that link's token expires, and the row is deleted after. The token is still
/// the authority: the page checks its signature and expiry as for any link.
public sealed class ShortLinks(HubStorage storage, IOptions<FollowUpSendingOptions> options, TimeProvider clock)
{
    /// The route's letter: `/l/{code}`.
    public const char Page = 'l';
    public const int CodeLength = 10;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private TableClient Table => storage.Table(StorageNames.Tables.ShortLinks);

    /// Stores a short code for the signed link and returns the URL a message carries.
    public async Task<string> CreateAsync(LinkToken token, string signed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        while (true)
        {
            var code = RandomNumberGenerator.GetString(Alphabet, CodeLength);
            var row = new TableEntity(code, code) { ["Target"] = $"/{token.Page}/{signed}", ["ExpiresAt"] = token.ExpiresAt };
            try
            {
                await Table.AddEntityAsync(row, cancellationToken);
                return Url(code);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // A code already given (one chance in 10^17): draw another.
            }
        }
    }

    public string Url(string code) => $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{Page}/{code}";

    /// The path of the page a code stands for; null when the code is not one of ours or has expired.
    public async Task<string?> ResolveAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (code is not { Length: CodeLength } || !code.All(c => char.IsAsciiLetterOrDigit(c))) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(code, code, select: ["Target", "ExpiresAt"], cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetDateTimeOffset("ExpiresAt") > clock.GetUtcNow() ? row.Value.GetString("Target") : null;
    }

    /// Deletes the codes whose links have expired (the scheduler, once a day): a code is no use after its token.
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var deleted = 0;
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ExpiresAt lt {now}"),
            select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try { await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken); }
            catch (RequestFailedException e) when (e.Status == 404) { }
            deleted++;
        }
        return deleted;
    }
}
