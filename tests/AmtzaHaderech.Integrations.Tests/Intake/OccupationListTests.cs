using System.Text;
using AmtzaHaderech.Integrations.Intake.Occupations;

namespace AmtzaHaderech.Integrations.Tests.Intake;

public sealed class OccupationListTests
{
    private const string SamplePath = "samples/occupations/extra-occupations.json";

    [Fact]
    public void Merge_SameHebrewTitle_ReplacesTheBuiltInEntryInPlace()
    {
        var builtIn = OccupationList.BuiltIn().Items;
        var index = builtIn.ToList().FindIndex(o => o.TitleHe == "מטפלת סיעודית");
        var replacement = new Occupation { Code = "5322", TitleHe = "מטפלת  סיעודית", TitleEn = "Carer", Synonyms = ["מטפלת בגמלת סיעוד"] };

        var merged = OccupationList.Merge(builtIn, [replacement]).Items;

        Assert.Equal(builtIn.Count, merged.Count);
        Assert.Same(replacement, merged[index]);
        Assert.Single(merged, o => o.TitleHe.Replace("  ", " ") == "מטפלת סיעודית");
    }

    [Fact]
    public void Merge_NewHebrewTitle_AddsTheEntryAtTheEnd()
    {
        var builtIn = OccupationList.BuiltIn().Items;
        var added = new Occupation { Code = "5113", TitleHe = "מדריך טיולי ג'יפים", TitleEn = "Jeep tour guide" };

        var merged = OccupationList.Merge(builtIn, [added]).Items;

        Assert.Equal(builtIn.Count + 1, merged.Count);
        Assert.Same(added, merged[^1]);
    }

    [Fact]
    public void Load_SampleExtraFile_AddsTwoAndReplacesOne()
    {
        var builtIn = OccupationList.BuiltIn().Items;

        var loaded = OccupationList.Load(SamplePath).Items;

        Assert.Equal(builtIn.Count + 2, loaded.Count);
        var replaced = Assert.Single(loaded, o => o.TitleHe == "מטפלת סיעודית");
        Assert.Contains("מטפלת בגמלת סיעוד", replaced.Synonyms);
        // An entry without an English title borrows its ISCO-08 unit group's.
        var borrowed = Assert.Single(loaded, o => o.TitleHe == "מדריך התעמלות לגיל השלישי");
        Assert.Equal("Fitness and recreation instructors and program leaders", borrowed.TitleEn);
    }

    [Fact]
    public void Load_NoExtraPath_IsTheBuiltInList() =>
        Assert.Equal(OccupationList.BuiltIn().Items.Select(o => o.TitleHe), OccupationList.Load(null).Items.Select(o => o.TitleHe));

    [Fact]
    public void Load_MissingExtraFile_Throws() =>
        Assert.Throws<FileNotFoundException>(() => OccupationList.Load("samples/occupations/no-such-file.json"));

    [Theory]
    [InlineData("""[{"code": "2410", "titleHe": "רואה חשבון"}]""", "\"2410\" is not an ISCO-08 unit-group code")]
    [InlineData("""[{"code": "241", "titleHe": "רואה חשבון"}]""", "\"241\" is not an ISCO-08 unit-group code")]
    [InlineData("""[{"code": "2411", "titleHe": " "}]""", "titleHe is empty")]
    [InlineData("""[{"code": "2411", "titleHe": "סוקר"}, {"code": "4227", "titleHe": "סוקר"}]""", "titleHe \"סוקר\" appears twice")]
    [InlineData("""[{"titleHe": "סוקר"}]""", "not a valid occupation list")]
    [InlineData("""{"code": "4227"}""", "not a valid occupation list")]
    public void Parse_InvalidEntry_ThrowsNamingTheProblem(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => OccupationList.Parse(Stream(json), "extra.json"));

        Assert.StartsWith("extra.json: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Parse_StaffFriendlyJson_AcceptsCommentsTrailingCommasAndMissingSynonyms()
    {
        const string json = """
            [
              // added by the Tel Aviv center
              {"code": "4227", "titleHe": "סוקר", "titleEn": "Survey interviewer",},
            ]
            """;

        var occupation = Assert.Single(OccupationList.Parse(Stream(json), "extra.json"));

        Assert.Equal("4227", occupation.Code);
        Assert.Empty(occupation.Synonyms);
    }

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
