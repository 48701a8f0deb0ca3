namespace AmtzaHaderech.Integrations.Referrals;

/// Progress of a long import, for the CLI's progress bar: rows done of the rows the first pass counted.
public sealed record ImportProgress(string File, int RowsDone, int RowsTotal);

/// Receipt ids are time-ordered so the ledger lists imports in arrival order.
public static class Receipts
{
    public static string NewId(string source, TimeProvider clock) =>
        $"{source}-{clock.GetUtcNow():yyyyMMddHHmmss}-{Ulid.NewUlid(clock.GetUtcNow()).ToString()[10..]}";
}
