using System.Text;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Tests.EmploymentService;

/// Referral files built in memory: the header and rows of EsRows, a trailer, an encoding.
internal static class EsFiles
{
    public const string Trailer2 = "#סה\"כ,2";

    static EsFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Header => string.Join(',', EsRows.Valid().Keys);

    /// A row in the header's column order, with EsRows' `header=value` changes; values are
    /// written as given, so a test can quote them itself.
    public static string Row(string referralId, string changes = "") =>
        string.Join(',', EsRows.With($"{EsColumns.ReferralId}={referralId};{changes}").Values);

    /// Header, two rows, trailer, joined with the given line end.
    public static string Text(string newLine = "\r\n") =>
        string.Join(newLine, Header, Row("700001"), Row("700002", $"{EsColumns.FirstName}=דוד"), Trailer2) + newLine;

    public static InboundFile Utf8(string text, bool bom = false) =>
        Of(bom ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text));

    public static InboundFile Windows1255(string text) => Of(Encoding.GetEncoding(1255).GetBytes(text));

    public static InboundFile Of(byte[] bytes) =>
        new(EsRows.FileName, bytes.Length, () => new MemoryStream(bytes));

    public static async Task<List<(int Row, IReadOnlyDictionary<string, string?> Values)>> ReadAll(InboundFile file, string encoding)
    {
        var rows = new List<(int, IReadOnlyDictionary<string, string?>)>();
        await foreach (var row in EsReferralFile.ReadRowsAsync(file, encoding)) rows.Add(row);
        return rows;
    }
}
