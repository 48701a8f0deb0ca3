using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tabular;
using AmtzaHaderech.Integrations.Tests.Common;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;

namespace AmtzaHaderech.Integrations.Tests.Intake.Exports;

/// The first pass over an intake export, through the shipped Microsoft Forms profile.
public sealed class IntakeExportFileTests
{
    private const string FileName = "microsoft-forms_2026-11.csv";
    private static IntakeProfile Profile => ShippedDefaults.IntakeExports().Find("microsoft-forms")!;

    private static string SampleText() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "intake", FileName));

    [Fact]
    public async Task CheckAsync_Sample_Utf8FourRows() =>
        Assert.Equal(new SheetCheck("utf-8", null, 4), await new ProfiledSheet(Profile).CheckAsync(InboundFile.FromPath(
            Path.Combine(AppContext.BaseDirectory, "samples", "intake", FileName))));

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task CheckAsync_NotText_QuarantinedEncoding(string kind)
    {
        var bytes = NotText.Bytes(kind, SampleText());

        var check = await new ProfiledSheet(Profile).CheckAsync(new InboundFile(FileName, bytes.Length, () => new MemoryStream(bytes)));

        Assert.Equal(new SheetCheck(null, "encoding", 0), check);
    }
}
