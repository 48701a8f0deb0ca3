using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Concurrency;

/// Employment Service files that name the same people under other referral numbers, as two
/// files arriving at once from two offices would.
public static class OverlappingFiles
{
    public const string NationalIdColumn = "מספר_זהות";

    /// A person, `n` from 1: their own ID, name and mobile (every tenth also a landline), under
    /// referral `referralBase + n`.
    public static Dictionary<string, string> Person(int n, int referralBase)
    {
        var row = EsFileBuilder.Row(n);
        row["מספר_הפניה"] = (referralBase + n).ToString();
        row[NationalIdColumn] = EsFileBuilder.ValidId(3_000_000 + n);
        row["טלפון_נייד"] = $"050-{3_000_000 + n}";
        if (n % 10 == 0) row["טלפון_נוסף"] = $"09-{7_000_000 + n}";
        return row;
    }

    /// Person `n` again with a second mobile of theirs: merged, they gain a key.
    public static Dictionary<string, string> WithSecondMobile(int n, int referralBase)
    {
        var row = Person(n, referralBase);
        row["טלפון_נוסף"] = $"052-{5_000_000 + n}";
        return row;
    }

    /// Someone else living with person `n` (n a multiple of 10: another ID, another first name),
    /// sharing their landline: the rules keep them apart (rule 1), but both claim the phone.
    public static Dictionary<string, string> Spouse(int n, int referralBase)
    {
        var row = Person(n, referralBase);
        row[NationalIdColumn] = EsFileBuilder.ValidId(4_000_000 + n);
        row["שם_פרטי"] = "משה";
        row["טלפון_נייד"] = $"054-{4_000_000 + n}";
        return row;
    }

    /// A row the Employment Service sent with a mistyped ID (its check digit): rejected.
    public static Dictionary<string, string> MistypedId(int n, int referralBase)
    {
        var row = Person(n, referralBase);
        var id = row[NationalIdColumn];
        row[NationalIdColumn] = id[..^1] + (char)('0' + (id[^1] - '0' + 1) % 10);
        return row;
    }

    public static async Task<string> WriteAsync(string folder, int sequence, IEnumerable<Dictionary<string, string>> rows)
    {
        var builder = new EsFileBuilder();
        foreach (var row in rows) builder.Add(row);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"es-referrals_4521_20261123_{sequence:D2}.csv");
        await File.WriteAllBytesAsync(path, builder.Build());
        return path;
    }

    /// How many times the concurrency tests repeat their race (AMTZA_CONCURRENCY_ROUNDS): a few
    /// by default, so the suite stays fast; more to hunt a rare interleaving.
    public static int Rounds(int byDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("AMTZA_CONCURRENCY_ROUNDS"), out var rounds) && rounds > 0 ? rounds : byDefault;
}
