using System.Text;
using AmtzaHaderech.Integrations.Facebook.Export;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tests.Common;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;

namespace AmtzaHaderech.Integrations.Tests.Facebook;

public sealed class LeadsCenterExportTests
{
    private const string FormId = "98765432101234567";
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "facebook", "leads-export.csv");
    private static readonly Dictionary<string, Integrations.Facebook.FacebookFormOptions> Forms = ShippedDefaults.Facebook().Forms;

    [Fact]
    public async Task CheckAsync_Sample_IsUtf8CommaWithFiveRows()
    {
        var check = await LeadsCenterExport.CheckAsync(InboundFile.FromPath(SamplePath), null, Forms);

        Assert.Equal(new ExportCheck("utf-8", ",", null, 5), check);
    }

    [Fact]
    public async Task ReadRowsAsync_SampleAsUtf16WithTabs_ReadsTheSameLeads()
    {
        var utf16 = Utf16Tabs(await File.ReadAllTextAsync(SamplePath));
        var check = await LeadsCenterExport.CheckAsync(utf16, FormId, Forms);

        var leads = new List<Integrations.Facebook.Leads.FacebookLeadData>();
        await foreach (var (_, values) in LeadsCenterExport.ReadRowsAsync(utf16, check))
            leads.Add(LeadsCenterExport.ToLead(values, FormId, Forms));

        Assert.Equal(("utf-16", "\t", 5), (check.Encoding, check.Delimiter, check.Rows));
        Assert.Equal(["120211000000000010", "120211000000000011", "120211000000000012", "120211000000000001", "120211000000000013"], leads.Select(l => l.LeadgenId));
        Assert.Equal([true, true, false, true, true], leads.Select(l => l.Checkboxes["contact_consent"]));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 2, 11, TimeSpan.FromHours(2)), leads[0].CreatedTime);
        Assert.Contains(leads[0].Answers, a => a.Key == "phone_number" && a.Value == "+972525551234");
        Assert.DoesNotContain(leads[0].Answers, a => a.Key is "ad_name" or "lead_status" or "contact_consent");
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("yes", false)]
    [InlineData("", false)]
    public void ToLead_ConsentColumn_TickedOnlyForTrueOrOne(string value, bool ticked)
    {
        var lead = LeadsCenterExport.ToLead(new Dictionary<string, string?> { ["id"] = "l:5", ["contact_consent"] = value }, FormId, Forms);

        Assert.Equal(("5", ticked), (lead.LeadgenId, lead.Checkboxes["contact_consent"]));
    }

    [Theory]
    [InlineData("created_time,form_id,full_name,contact_consent", null, "missing_column:id")]
    [InlineData("id,created_time,full_name,contact_consent", null, "missing_column:form_id")]
    [InlineData("id,created_time,form_id,full_name", null, "missing_column:contact_consent")]
    [InlineData("id,created_time,full_name", FormId, "missing_column:contact_consent")]
    public async Task CheckAsync_RequiredColumnMissing_RefusesTheFile(string header, string? form, string reason)
    {
        var columns = header.Split(',');
        var row = string.Join(',', columns.Select(c => c switch { "id" => "l:1", "form_id" => FormId, _ => "x" }));
        var file = FileOf(Encoding.UTF8.GetBytes($"{header}\n{row}\n"));

        Assert.Equal(reason, (await LeadsCenterExport.CheckAsync(file, form, Forms)).QuarantineReason);
    }

    [Fact]
    public async Task CheckAsync_Windows1255_IsRefusedAsEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = FileOf(Encoding.GetEncoding(1255).GetBytes("id,created_time,form_id,full_name\nl:1,2026-11-21,1,דוד\n"));

        Assert.Equal("encoding", (await LeadsCenterExport.CheckAsync(file, null, Forms)).QuarantineReason);
    }

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task CheckAsync_NotText_IsRefusedAsEncoding(string kind)
    {
        var file = FileOf(NotText.Bytes(kind, await File.ReadAllTextAsync(SamplePath)));

        Assert.Equal(new ExportCheck(null, ",", "encoding", 0), await LeadsCenterExport.CheckAsync(file, null, Forms));
    }

    [Fact]
    public async Task CheckAsync_Utf16WithNul_IsRefusedAsEncoding()
    {
        var text = (await File.ReadAllTextAsync(SamplePath)).Replace("דוד", "ד\0וד");
        var file = FileOf([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        Assert.Equal("encoding", (await LeadsCenterExport.CheckAsync(file, null, Forms)).QuarantineReason);
    }

    private static InboundFile Utf16Tabs(string csv)
    {
        var tabbed = string.Join('\n', csv.TrimStart('\uFEFF').Split('\n').Select(line => line.Replace(',', '\t')));
        return FileOf([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(tabbed)]);
    }

    private static InboundFile FileOf(byte[] bytes) => new("export.csv", bytes.Length, () => new MemoryStream(bytes));
}
