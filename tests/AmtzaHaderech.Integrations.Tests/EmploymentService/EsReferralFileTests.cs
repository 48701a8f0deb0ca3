using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Tests.Common;
using static AmtzaHaderech.Integrations.Tests.EmploymentService.EsFiles;

namespace AmtzaHaderech.Integrations.Tests.EmploymentService;

/// The first pass (encoding, columns, trailer) and the rows of a referral file.
public sealed class EsReferralFileTests
{
    private static readonly EsFileCheck Fine = new(TextDecoding.Utf8, null, 2);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CheckAsync_Utf8_TwoRows(bool bom)
    {
        var file = Utf8(Text(), bom);
        Assert.Equal(Fine, await EsReferralFile.CheckAsync(file));
        var rows = await ReadAll(file, TextDecoding.Utf8);
        Assert.Equal([1, 2], rows.Select(r => r.Row));
        Assert.Equal(["רונית", "דוד"], rows.Select(r => r.Values[EsColumns.FirstName]));
        Assert.Equal("700001", rows[0].Values[EsColumns.ReferralId]); // the first header has no BOM stuck to it
    }

    [Fact]
    public async Task CheckAsync_LineOverTheLimit_TooLargeWhateverTheTrailer()
    {
        var limits = FileLimits.Default with { MaxLineCharacters = 2048 };
        var text = Header + "\r\n" + Row("700001", "הערות=" + new string('n', 2100)) + "\r\n#סה\"כ,1\r\n";

        Assert.Equal(new EsFileCheck(TextDecoding.Utf8, "too_large", 0), await EsReferralFile.CheckAsync(Utf8(text), limits));
    }

    [Fact]
    public async Task CheckAsync_QuotedFieldOverTheLimitInShortLines_TooLarge()
    {
        var limits = FileLimits.Default with { MaxFieldCharacters = 300 };
        var notes = "\"" + string.Join("\r\n", Enumerable.Repeat(new string('n', 60), 6)) + "\"";
        var text = Header + "\r\n" + Row("700001", "הערות=" + notes) + "\r\n#סה\"כ,1\r\n";

        Assert.Equal(new EsFileCheck(TextDecoding.Utf8, "too_large", 0), await EsReferralFile.CheckAsync(Utf8(text), limits));
        Assert.Equal(Fine with { Rows = 1 }, await EsReferralFile.CheckAsync(Utf8(text), limits with { MaxFieldCharacters = 400 }));
    }

    [Fact]
    public async Task CheckAsync_Windows1255_HebrewIntact()
    {
        var file = Windows1255(Text());
        Assert.Equal(Fine with { Encoding = TextDecoding.Windows1255 }, await EsReferralFile.CheckAsync(file));
        var rows = await ReadAll(file, TextDecoding.Windows1255);
        Assert.Equal(["כפר סבא", "כפר סבא"], rows.Select(r => r.Values[EsColumns.City]));
        Assert.Equal("לוי", rows[0].Values[EsColumns.LastName]);
    }

    [Fact]
    public async Task CheckAsync_NulByte_QuarantinedForEncoding()
    {
        var text = Text().Replace("רונית", "רו\0נית");
        Assert.Equal(new EsFileCheck(null, "encoding", 0), await EsReferralFile.CheckAsync(Utf8(text)));
    }

    [Fact]
    public async Task CheckAsync_ByteUndefinedInWindows1255_QuarantinedForEncoding()
    {
        var bytes = System.Text.Encoding.GetEncoding(1255).GetBytes(Text().Replace("רונית", "רו?נית"));
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        Assert.Equal(new EsFileCheck(null, "encoding", 0), await EsReferralFile.CheckAsync(Of(bytes)));
    }

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task CheckAsync_NotText_QuarantinedForEncoding(string kind) =>
        Assert.Equal(new EsFileCheck(null, "encoding", 0), await EsReferralFile.CheckAsync(Of(NotText.Bytes(kind, Text()))));

    [Fact]
    public async Task CheckAsync_RandomBytesAfterUtf8Bom_QuarantinedForEncoding() =>
        // A UTF-8 BOM once let the reader switch to a lenient UTF-8 and count the rows of garbage.
        Assert.Equal(new EsFileCheck(null, "encoding", 0), await EsReferralFile.CheckAsync(Of([0xEF, 0xBB, 0xBF, .. NotText.Random()])));

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public async Task CheckAsync_LineEnds_SameResult(string newLine) =>
        Assert.Equal(Fine, await EsReferralFile.CheckAsync(Utf8(Text(newLine))));

    [Fact]
    public async Task CheckAsync_BlankLinesAfterTrailer_Fine() =>
        Assert.Equal(Fine, await EsReferralFile.CheckAsync(Utf8(Text() + "\r\n\r\n  \r\n")));

    [Fact]
    public async Task CheckAsync_BlankLineBetweenRows_NotARecord()
    {
        var text = string.Join("\n", Header, Row("700001"), "", Row("700002"), Trailer2);
        Assert.Equal(Fine, await EsReferralFile.CheckAsync(Utf8(text)));
    }

    [Fact]
    public async Task ReadRowsAsync_HeadersInAnotherOrder_ValuesByHeader()
    {
        var headers = Header.Split(',').Reverse().ToArray();
        var row = EsRows.Valid();
        var text = string.Join("\n", string.Join(',', headers), string.Join(',', headers.Select(h => row[h])), "#סה\"כ,1");
        var file = Utf8(text);

        Assert.Equal(Fine with { Rows = 1 }, await EsReferralFile.CheckAsync(file));
        var values = Assert.Single(await ReadAll(file, TextDecoding.Utf8)).Values;
        Assert.Equal(row, values);
    }

    [Fact]
    public async Task ReadRowsAsync_UnknownExtraColumn_KeptInRaw()
    {
        var text = string.Join("\n", Header + ",הערת_לשכה", Row("700001") + ",דחוף", "#סה\"כ,1");
        var values = Assert.Single(await ReadAll(Utf8(text), TextDecoding.Utf8)).Values;
        Assert.Equal("דחוף", values["הערת_לשכה"]);
        Assert.Equal("700001", values[EsColumns.ReferralId]);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public async Task CheckAsync_QuotedCommaQuoteAndLineBreak_OneRecord(string newLine)
    {
        var notes = $"\"מחפש עבודה בלוגיסטיקה, \"\"מנהל מחסן\"\"{newLine}זמין מיד\"";
        var text = string.Join(newLine, Header, Row("700001", $"{EsColumns.Notes}={notes}"), Row("700002"), Trailer2) + newLine;
        var file = Utf8(text);

        Assert.Equal(Fine, await EsReferralFile.CheckAsync(file));
        var rows = await ReadAll(file, TextDecoding.Utf8);
        Assert.Equal("מחפש עבודה בלוגיסטיקה, \"מנהל מחסן\"\nזמין מיד", rows[0].Values[EsColumns.Notes]!.ReplaceLineEndings("\n"));
        Assert.Equal((2, "700002"), (rows[1].Row, rows[1].Values[EsColumns.ReferralId]));
    }

    [Fact]
    public async Task ReadRowsAsync_QuoteInsideUnquotedField_Literal()
    {
        var text = string.Join("\r\n", Header, Row("700001", $"{EsColumns.City}=ת\"א;{EsColumns.Notes}=אין דוא\"ל"), Row("700002"), Trailer2);
        var file = Utf8(text);

        Assert.Equal(Fine, await EsReferralFile.CheckAsync(file));
        var rows = await ReadAll(file, TextDecoding.Utf8);
        Assert.Equal(("ת\"א", "אין דוא\"ל"), (rows[0].Values[EsColumns.City], rows[0].Values[EsColumns.Notes]));
        Assert.Equal("700002", rows[1].Values[EsColumns.ReferralId]);
    }

    [Theory]
    [InlineData("#סה\"כ,1")] // fewer than the rows
    [InlineData("#סה\"כ,3")] // more: the file was cut
    [InlineData("#סה\"כ,")]
    [InlineData("#total,2")]
    public async Task CheckAsync_WrongTrailer_QuarantinedForTrailer(string trailer)
    {
        var text = string.Join("\r\n", Header, Row("700001"), Row("700002"), trailer);
        Assert.Equal(new EsFileCheck(TextDecoding.Utf8, "trailer", 0), await EsReferralFile.CheckAsync(Utf8(text)));
    }

    [Fact]
    public async Task CheckAsync_NoTrailer_QuarantinedForTrailer()
    {
        // The last row stands where the trailer should: a truncated file.
        var text = string.Join("\r\n", Header, Row("700001"), Row("700002"), Row("700003")) + "\r\n";
        Assert.Equal(new EsFileCheck(TextDecoding.Utf8, "trailer", 0), await EsReferralFile.CheckAsync(Utf8(text)));
    }

    [Fact]
    public async Task CheckAsync_TruncatedInsideQuotedField_QuarantinedForTrailer()
    {
        var text = string.Join("\r\n", Header, Row("700001"), Row("700002", $"{EsColumns.Notes}=\"שורה ראשונה"), "ושנייה");
        Assert.Equal("trailer", (await EsReferralFile.CheckAsync(Utf8(text))).QuarantineReason);
    }

    [Theory]
    [InlineData("#סה״כ,2")] // gershayim
    [InlineData("\"#סה\"\"כ\",2")] // written by a CSV writer that quotes the quote
    [InlineData("#סה\"כ,2,,,")] // padded to the header's width by a spreadsheet
    public async Task CheckAsync_TrailerSpellings_Fine(string trailer)
    {
        var text = string.Join("\r\n", Header, Row("700001"), Row("700002"), trailer);
        Assert.Equal(Fine, await EsReferralFile.CheckAsync(Utf8(text)));
    }

    [Fact]
    public async Task CheckAsync_MissingRequiredColumn_QuarantinedNamingIt()
    {
        var text = Text().Replace("," + EsColumns.City + ",", ",מקום,");
        Assert.Equal(new EsFileCheck(TextDecoding.Utf8, $"missing_column:{EsColumns.City}", 0), await EsReferralFile.CheckAsync(Utf8(text)));
    }

    [Fact]
    public async Task CheckAsync_SeveralMissingColumns_AllInContractOrder()
    {
        var text = Text().Replace(EsColumns.City, "מקום").Replace(EsColumns.FirstName, "שם");
        Assert.Equal($"missing_column:{EsColumns.FirstName},{EsColumns.City}", (await EsReferralFile.CheckAsync(Utf8(text))).QuarantineReason);
    }

    [Fact]
    public async Task CheckAsync_MissingOptionalColumn_Fine()
    {
        var text = string.Join("\n", Header.Replace("," + EsColumns.Notes, ""), Row("700001")[..Row("700001").LastIndexOf(',')], "#סה\"כ,1");
        Assert.Equal(Fine with { Rows = 1 }, await EsReferralFile.CheckAsync(Utf8(text)));
    }

    [Fact]
    public async Task CheckAsync_HeaderAndZeroTrailer_NoRows() =>
        Assert.Equal(Fine with { Rows = 0 }, await EsReferralFile.CheckAsync(Utf8(Header + "\r\n#סה\"כ,0\r\n")));

    [Fact]
    public async Task CheckAsync_NoBytes_Empty() =>
        Assert.Equal(new EsFileCheck(null, "empty", 0), await EsReferralFile.CheckAsync(Of([])));

    [Theory]
    [InlineData("es-referrals_4521_20261124_01.csv", "2026-11-24")]
    [InlineData("es-referrals_4521_20261124_02.CSV", "2026-11-24")]
    [InlineData("es-referrals_4521_20261124.csv", "2026-11-24")]
    [InlineData("es-referrals_4521_20261332_01.csv", null)]
    [InlineData("referrals.csv", null)]
    public void DateFromName_Name_DateOfTheFile(string name, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.ParseExact(expected, "yyyy-MM-dd"), EsReferralFile.DateFromName(name));

    [Theory]
    [InlineData("#סה\"כ,11", 11)]
    [InlineData(" #סה\"כ , 0 ", 0)]
    [InlineData("#סה\"כ,\"7\"", 7)]
    [InlineData("#סה\"כ,-1", null)]
    [InlineData("#סה\"כ,1.5", null)]
    [InlineData("סה\"כ,2", null)] // no #
    [InlineData("700001,4521", null)]
    [InlineData(null, null)]
    public void TrailerCount_Line_CountOrNull(string? line, int? expected) =>
        Assert.Equal(expected, EsReferralFile.TrailerCount(line));
}
