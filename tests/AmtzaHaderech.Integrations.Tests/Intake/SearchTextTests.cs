using AmtzaHaderech.Integrations.Intake.Occupations;
using CsCheck;

namespace AmtzaHaderech.Integrations.Tests.Intake;

public sealed class SearchTextTests
{
    // Few distinct letters, so that random words share letters, transpositions and prefixes.
    private static readonly Gen<string> Word = Gen.Char["אבגהמ"].Array[0, 9].Select(chars => new string(chars));

    [Fact]
    public void Distances_RandomWords_AgreeWithTheFullTable()
    {
        Gen.Select(Word, Word, Gen.Int[0, 3]).Sample((a, b, max) =>
        {
            var (whole, prefix) = SearchText.Distances(a, b, max);

            Assert.Equal(Math.Min(Reference(a, b), max + 1), whole);
            var expectedPrefix = Enumerable.Range(0, b.Length).Where(j => j >= 1).Select(j => Reference(a, b[..j])).DefaultIfEmpty(max + 1).Min();
            Assert.Equal(a.Length == 0 ? max + 1 : Math.Min(expectedPrefix, max + 1), prefix);
        }, iter: 3000);
    }

    [Theory]
    [InlineData("חשבונות", "חשבנת")]
    [InlineData("טבח", "תבח")]
    [InlineData("קופאית", "כפאת")]
    [InlineData("עוזרת", "אזרת")]
    [InlineData("driver", "driver")]
    public void Skeleton_Word_DropsVavAndYodAndMergesSoundAlikeLetters(string word, string skeleton) =>
        Assert.Equal(skeleton, SearchText.Skeleton(word));

    [Theory]
    [InlineData("רואה-חשבון", new[] { "רואה", "חשבונ" })]
    [InlineData("  מְנַהֶלֶת   חֶשְׁבּוֹנוֹת ", new[] { "מנהלת", "חשבונות" })]
    [InlineData("Truck DRIVER", new[] { "truck", "driver" })]
    [InlineData("רו״ח", new[] { "רוח" })]
    public void Words_TypedText_IsNormalizedIntoWords(string text, string[] words) =>
        Assert.Equal(words, SearchText.Words(text));

    /// The textbook optimal-string-alignment table, without bands or early exits.
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
