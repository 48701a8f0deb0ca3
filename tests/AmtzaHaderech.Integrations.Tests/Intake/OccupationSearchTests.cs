using System.Text.Json;
using AmtzaHaderech.Integrations.Intake.Occupations;

namespace AmtzaHaderech.Integrations.Tests.Intake;

// Not run beside other tests: one of these measures how long a search takes.
public sealed class OccupationSearchTests
{
    private static readonly OccupationSearch Search = new(OccupationList.BuiltIn());

    /// Query, expected code and Hebrew title, and how high it must rank: 1 means first; 3 marks a
    /// query that is genuinely ambiguous, where the expected entry must be among the first three.
    public static TheoryData<string, string, string, int> Queries => new()
    {
        // Exact, feminine and abbreviated forms.
        { "מנהלת חשבונות", "4311", "מנהלת חשבונות", 1 },
        { "מנהל חשבונות", "4311", "מנהלת חשבונות", 1 },
        { "רואת חשבון", "2411", "רואה חשבון", 1 },
        { "רו״ח", "2411", "רואה חשבון", 1 },
        { "חשמלאית", "7411", "חשמלאי", 1 },
        { "מאבטחת", "5414", "מאבטח", 1 },
        { "קב\"ט", "5414", "קב\"ט", 1 },
        { "טבחית", "5120", "טבח", 1 },
        { "מלצרית", "5131", "מלצר", 1 },
        { "קופאית", "5230", "קופאית", 1 },
        { "מזכירה", "4120", "מזכירה", 1 },
        { "גננת", "2342", "גננת", 1 },
        { "גנן", "6113", "גנן", 1 },
        { "מטפלת סיעודית", "5322", "מטפלת סיעודית", 1 },
        { "מטפלת", "5322", "מטפלת סיעודית", 3 }, // home care or child care: both are "מטפלת"
        { "סייעת", "5312", "סייעת בגן", 1 },
        { "מורה", "2341", "מורה בבית ספר יסודי", 1 },
        { "נהג אוטובוס", "8331", "נהג אוטובוס", 1 },
        // Misspellings: vav and yod left out, a wrong letter.
        { "חשבנאי", "2411", "רואה חשבון", 1 },
        { "מנהל חשבנות", "4311", "מנהלת חשבונות", 1 },
        { "מנהלת חשבונת", "4311", "מנהלת חשבונות", 1 },
        { "אינסטלתור", "7126", "אינסטלטור", 1 },
        { "פיזיותרפיסת", "2264", "פיזיותרפיסט", 1 },
        // Letters that sound alike swapped, even in words too short for typo tolerance.
        { "תבח", "5120", "טבח", 1 },
        { "כופאית", "5230", "קופאית", 1 },
        { "אוזרת בית", "9111", "עוזרת בית", 1 },
        { "תכנאי מחשבים", "7422", "טכנאי מחשבים", 1 },
        // Final letters where they do not belong, and missing where they do.
        { "מנהלת חשבוןות", "4311", "מנהלת חשבונות", 1 },
        { "רואה חשבונ", "2411", "רואה חשבון", 1 },
        { "שפ", "3434", "שף", 1 },
        // Spaces and hyphens, missing, doubled or extra; niqqud; geresh typed as the Hebrew sign.
        { "רואהחשבון", "2411", "רואה חשבון", 1 },
        { "רואה  חשבון", "2411", "רואה חשבון", 1 },
        { "רואה-חשבון", "2411", "רואה חשבון", 1 },
        { "נהגמשאית", "8332", "נהג משאית", 1 },
        { "נהג-משאית", "8332", "נהג משאית", 1 },
        { "מהנדס ביו רפואי", "2149", "מהנדס ביו-רפואי", 1 },
        { "מְנַהֶלֶת חֶשְׁבּוֹנוֹת", "4311", "מנהלת חשבונות", 1 },
        { "קונסיירז׳", "5153", "קונסיירז'", 1 },
        { "חשבונות מנהלת", "4311", "מנהלת חשבונות", 1 },
        // Partial words.
        { "חשמל", "7411", "חשמלאי", 1 },
        { "מלגז", "8344", "מלגזן", 1 },
        { "קונדיט", "7512", "קונדיטור", 1 },
        { "אינסטל", "7126", "אינסטלטור", 1 },
        // English titles and synonyms, with typos and in any case.
        { "accountant", "2411", "רואה חשבון", 1 },
        { "acountant", "2411", "רואה חשבון", 1 },
        { "Truck Driver", "8332", "נהג משאית", 1 },
        { "nurse", "2221", "אחות מוסמכת", 1 },
        { "softwre developer", "2512", "מפתח תוכנה", 1 },
        { "developer software", "2512", "מפתח תוכנה", 1 },
        { "electrition", "7411", "חשמלאי", 1 },
        { "forklift", "8344", "מלגזן", 1 },
        { "caregiver", "5322", "מטפלת סיעודית", 1 },
        { "bookkeeper", "4311", "מנהלת חשבונות", 1 },
        { "cleaner", "9112", "מנקה", 1 },
        { "security guard", "5414", "מאבטח", 1 },
        { "CEO", "1120", "מנכ\"ל", 1 },
        { "teacher", "2341", "מורה בבית ספר יסודי", 3 }, // every kind of teacher matches
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Search_TypedVariant_RanksExpectedOccupation(string query, string code, string titleHe, int rank)
    {
        var results = Search.Search(query, 10);

        var position = results.ToList().FindIndex(m => m.TitleHe == titleHe);
        Assert.True(position >= 0 && position < rank,
            $"\"{query}\": expected {titleHe} within the first {rank}, got: {string.Join(", ", results.Select(m => $"{m.TitleHe} {m.Score}"))}");
        Assert.Equal(code, results[position].Code);
    }

    [Fact]
    public void BuiltIn_Always_HasAtLeast400OccupationsWithValidIscoCodesAndUniqueTitles()
    {
        var items = OccupationList.BuiltIn().Items;

        Assert.True(items.Count >= 400, $"only {items.Count} occupations");
        Assert.All(items, o =>
        {
            Assert.Matches(@"^[0-9]\d{3}$", o.Code);
            Assert.True(IscoUnitGroups.Contains(o.Code), $"{o.Code} ({o.TitleHe}) is not an ISCO-08 unit group");
            Assert.False(string.IsNullOrWhiteSpace(o.TitleHe));
            Assert.False(string.IsNullOrWhiteSpace(o.TitleEn));
            Assert.All(o.Synonyms, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        });
        var duplicates = items.GroupBy(o => o.TitleHe).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
        // Every major group but the armed forces' "other ranks" is represented in a list for civilians.
        Assert.Equal(10, items.Select(o => o.Code[0]).Distinct().Count());
    }

    [Fact]
    public void Search_DefectiveSpelling_ScoresBelowTheExactTitle()
    {
        var exact = Search.Search("מנהלת חשבונות", 1)[0];
        var variant = Search.Search("מנהלת חשבנות", 1)[0];

        Assert.Equal(1.0, exact.Score);
        Assert.Equal("מנהלת חשבונות", variant.TitleHe);
        Assert.Equal(0.908, variant.Score);
    }

    [Fact]
    public void IscoUnitGroups_Always_HoldsThe436UnitGroupsOfIsco08()
    {
        Assert.Equal(436, IscoUnitGroups.Count);
        Assert.Equal("Accounting and bookkeeping clerks", IscoUnitGroups.TitleOf("4311"));
        Assert.Equal("Car, taxi and van drivers", IscoUnitGroups.TitleOf("8322"));
        Assert.False(IscoUnitGroups.Contains("2410"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-\"׳")]
    [InlineData(null)]
    public void Search_EmptyQuery_ReturnsNothing(string? query) => Assert.Empty(Search.Search(query));

    [Fact]
    public void Search_Gibberish_ReturnsNothing() => Assert.Empty(Search.Search("qxzvkw"));

    [Theory]
    [InlineData("מ", 10)]
    [InlineData("מנהל", 5)]
    [InlineData("נהג", 50)]
    [InlineData("driver", 1000)]
    public void Search_AnyQuery_ReturnsAtMostLimitBestFirstScoredZeroToOne(string query, int limit)
    {
        var results = Search.Search(query, limit);

        Assert.NotEmpty(results);
        Assert.True(results.Count <= Math.Min(limit, OccupationSearch.MaxLimit));
        Assert.All(results, m => Assert.InRange(m.Score, 0, 1));
        Assert.Equal(results.OrderByDescending(m => m.Score).Select(m => m.Score), results.Select(m => m.Score));
    }

    [Fact]
    public void SearchResponse_Serialized_HasTheContractShape()
    {
        var json = JsonSerializer.Serialize(Search.SearchResponse("רואה חשבון", 1), JsonSerializerOptions.Web);

        var item = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(["code", "titleHe", "titleEn", "score"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2411", item.GetProperty("code").GetString());
        Assert.Equal("רואה חשבון", item.GetProperty("titleHe").GetString());
        Assert.Equal("Accountant", item.GetProperty("titleEn").GetString());
        Assert.Equal(1.0, item.GetProperty("score").GetDouble());
    }

    [Fact]
    public void Search_ListWithStaffAdditions_FindsAddedAndReplacedEntries()
    {
        var extra = new Occupation[]
        {
            new() { Code = "5113", TitleHe = "מדריך טיולי ג'יפים", TitleEn = "Jeep tour guide", Synonyms = ["ג'יפאות"] },
            new() { Code = "5322", TitleHe = "מטפלת סיעודית", TitleEn = "Home care worker", Synonyms = ["מטפלת בגמלת סיעוד"] },
        };
        var search = new OccupationSearch(OccupationList.Merge(OccupationList.BuiltIn().Items, extra));

        Assert.Equal("מדריך טיולי ג'יפים", search.Search("גיפאות")[0].TitleHe);
        Assert.Equal("5322", search.Search("מטפלת בגמלת סיעוד")[0].Code);
        Assert.Equal(Search.Count + 1, search.Count);
    }

    [Fact]
    public void Search_FromManyThreads_GivesTheSameResultsAsOneThread()
    {
        string[] queries = ["מנהלת חשבנות", "softwre developer", "חשמל", "נהגמשאית", "מטפלת", "קב\"ט"];
        var expected = queries.Select(q => Describe(Search.Search(q))).ToArray();

        var actual = new string[queries.Length * 50];
        Parallel.For(0, actual.Length, i => actual[i] = Describe(Search.Search(queries[i % queries.Length])));

        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % queries.Length], actual[i]);
    }

    private static string Describe(IReadOnlyList<OccupationMatch> matches) =>
        string.Join("|", matches.Select(m => $"{m.Code}:{m.TitleHe}:{m.Score}"));
}
