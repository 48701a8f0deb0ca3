using System.Globalization;
using System.Text;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.EmploymentService;

namespace AmtzaHaderech.Integrations.Tests.EmploymentService;

/// The daily feedback file's bytes (docs/employment-service.md): UTF-8 with BOM, CSV, trailer.
public sealed class FeedbackFileWriterTests
{
    private const string Header = "מספר_הפניה,מספר_זהות,סטטוס,תאריך_סטטוס,תאריך_תחילת_עבודה,הערות";

    private static readonly FeedbackEvent Accepted = new("700001", "103456786", FeedbackStatuses.Accepted, new DateOnly(2026, 11, 24), null, null, null);
    private static readonly FeedbackEvent Placed = new("700002", "000010009", FeedbackStatuses.Placed, new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 1), null, null);
    private static readonly FeedbackEvent NotEligible = new("700008", "151212123", FeedbackStatuses.NotEligible, new DateOnly(2026, 11, 24), null, "age", null);

    private static string Text(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        return new UTF8Encoding(false, true).GetString(bytes[3..]);
    }

    [Fact]
    public void Render_Changes_BomHeaderRowsTrailer() =>
        Assert.Equal(
            Header + "\r\n"
            + "700001,103456786,התקבל,24/11/2026,,\r\n"
            + "700002,000010009,השתלב_בעבודה,03/12/2026,01/12/2026,\r\n"
            + "700008,151212123,לא_עומד_בתנאים,24/11/2026,,age\r\n"
            + "#סה\"כ,3\r\n",
            Text(FeedbackFileWriter.Render([Accepted, Placed, NotEligible])));

    [Fact]
    public void Render_NoChanges_HeaderAndZeroTrailer() =>
        Assert.Equal(Header + "\r\n#סה\"כ,0\r\n", Text(FeedbackFileWriter.Render([])));

    [Theory]
    [InlineData("misrouted", "misrouted")]
    [InlineData("גר באילת, לא באזור", "\"גר באילת, לא באזור\"")]
    [InlineData("ציין \"דחוף\"", "\"ציין \"\"דחוף\"\"\"")]
    [InlineData("שורה\nשנייה", "\"שורה\nשנייה\"")]
    public void Render_NoteWithCsvCharacters_Quoted(string note, string written)
    {
        var text = Text(FeedbackFileWriter.Render([Accepted with { Status = FeedbackStatuses.Rejected, Note = note }]));
        Assert.Equal($"700001,103456786,נדחה,24/11/2026,,{written}\r\n", text.Split("\r\n", 2)[1][..^"#סה\"כ,1\r\n".Length]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/es\")")]
    [InlineData("12345678a")]
    [InlineData("+972501234567")]
    public void Render_NationalIdOrReferralThatIsNoDigits_LeftEmpty(string id)
    {
        var text = Text(FeedbackFileWriter.Render([Accepted with { ReferralId = id, NationalId = id, Status = FeedbackStatuses.Rejected, Note = "national_id" }]));

        Assert.Equal(",,נדחה,24/11/2026,,national_id", text.Split("\r\n")[1]);
    }

    [Fact]
    public void Render_NoteThatIsAFormula_WrittenAsText() =>
        Assert.Contains(",'=1+1\r\n", Text(FeedbackFileWriter.Render([Accepted with { Note = "=1+1" }])));

    [Fact]
    public void Render_NonInvariantCulture_DatesStillDayMonthYearWithSlashes()
    {
        // An operator's machine in ru-RU writes dates as 24.11.2026 unless the format is pinned.
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ru-RU");
            var text = Text(FeedbackFileWriter.Render([Placed]));
            Assert.Contains("700002,000010009,השתלב_בעבודה,03/12/2026,01/12/2026,\r\n", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Render_ReadBackAsCsv_SameValuesAndTrailerCount()
    {
        var changes = new[] { Accepted with { Note = "ת\"א, \"שורה\"\nשנייה" }, Placed, NotEligible };
        using var text = new TrailerHoldingReader(new StreamReader(new MemoryStream(FeedbackFileWriter.Render(changes)), Encoding.UTF8));
        using var csv = Csv.Reader(text);
        csv.Read();
        csv.ReadHeader();
        var notes = new List<string?>();
        while (csv.Read()) notes.Add(csv.GetField(5));

        Assert.Equal(changes.Select(c => c.Note ?? ""), notes);
        Assert.Equal(3, EsReferralFile.TrailerCount(text.LastLine));
    }
}
