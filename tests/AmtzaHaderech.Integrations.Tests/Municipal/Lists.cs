using System.Text;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tabular;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;

namespace AmtzaHaderech.Integrations.Tests.Municipal;

/// Profiles and list files for the municipal tests: the shipped profiles, and lists in memory.
internal static class Lists
{
    public const string KfarSabaHeader = "שם מלא;טלפון;דוא\"ל;שנת לידה;שכונה;מאשר/ת קבלת עדכונים;תאריך הרשמה";

    static Lists() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static MunicipalProfile KfarSaba => ShippedDefaults.Municipal().Find("kfar-saba")!;

    public static MunicipalProfile Modiin => ShippedDefaults.Municipal().Find("modiin")!;

    public static InboundFile Sample(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "municipal", name);
        return InboundFile.FromPath(path);
    }

    public static InboundFile Utf8(string text, string name = "kfar-saba_2026-11.csv", bool bom = true) =>
        Of(bom ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text), name);

    public static InboundFile Windows1255(string text, string name = "kfar-saba_2026-11.csv") =>
        Of(Encoding.GetEncoding(1255).GetBytes(text), name);

    public static InboundFile Of(byte[] bytes, string name = "list.xlsx") => new(name, bytes.Length, () => new MemoryStream(bytes));

    public static async Task<List<(int Row, IReadOnlyDictionary<string, ListCell> Cells)>> ReadAll(MunicipalProfile profile, InboundFile file, string? encoding)
    {
        var rows = new List<(int, IReadOnlyDictionary<string, ListCell>)>();
        await foreach (var row in new ProfiledSheet(profile).ReadRowsAsync(file, encoding)) rows.Add(row);
        return rows;
    }

    /// A profile over the Modi'in columns, changed by the test.
    public static MunicipalProfile XlsxProfile(Action<MunicipalProfile>? change = null)
    {
        var profile = Modiin;
        change?.Invoke(profile);
        return profile;
    }
}
