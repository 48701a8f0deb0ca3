using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.9611)] // the textbook values (Winkler 1990; Wikipedia)
    [InlineData("dwayne", "duane", 0.8400)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("crate", "trace", 0.7333)]
    [InlineData("natalia goldberg", "natalia goldman", 0.9100)] // a long shared prefix counts 4 characters only
    [InlineData("אברהמ גולדברג", "אברהמ גולדשטיינ", 0.8872)]
    [InlineData("רונית לוי", "רונית לוי", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("", "abc", 0.0)]
    public void JaroWinkler_Pairs_StandardValue(string a, string b, double expected)
    {
        Assert.Equal(expected, NameSimilarity.JaroWinkler(a, b), 4);
        Assert.Equal(expected, NameSimilarity.JaroWinkler(b, a), 4);
    }

    [Fact]
    public void Jaro_Transpositions_HalfTheOutOfOrderMatches() =>
        // m = 6, 2 out of order -> t = 1: (6/6 + 6/6 + 5/6) / 3.
        Assert.Equal(17.0 / 18.0, NameSimilarity.Jaro("martha", "marhta"), 10);
}
