using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using CsCheck;

namespace AmtzaHaderech.Integrations.Tests.Participants;

/// Properties of docs/matching.md's rules over generated people: symmetric, never merging two
/// different national IDs, and blind to how a name happens to be written.
public sealed class MatcherPropertyTests
{
    private static readonly string[] HebrewFirst = ["רונית", "משה", "אבי", "שרה", "יעקב", "מרים", "דוד", "רחל"];
    private static readonly string[] HebrewLast = ["לוי", "כהן", "פרידמן", "שפירא", "מזרחי", "ביטון", "אברהם", "גולדברג"];
    private static readonly string[] LatinFirst = ["Ronit", "Moshe", "Avi", "Sarah", "Yaakov", "Miriam", "David", "Rachel"];
    private static readonly string[] Phones = ["+972501234567", "+972527654321", "+97235551234"];
    private static readonly string[] Emails = ["a@example.org", "b@example.org"];
    private static readonly string[] Ids = ["000000018", "123456782", "103456786"];

    private static readonly Gen<PersonDetails> GenPerson =
        from first in Gen.OneOf([.. HebrewFirst, .. LatinFirst])
        from last in Gen.OneOf(HebrewLast)
        from id in Gen.OneOf<string?>([.. Ids, null])
        from phone in Gen.OneOf<string?>([.. Phones, null])
        from email in Gen.OneOf<string?>([.. Emails, null])
        from birth in Gen.Int[0, 3].Select(i => i == 0 ? (DateOnly?)null : new DateOnly(1960 + i, 3, 14))
        from yearOnly in Gen.Bool
        select new PersonDetails
        {
            FirstName = first,
            LastName = last,
            NationalId = id,
            Phones = phone is null ? [] : [phone],
            Email = email,
            BirthDate = yearOnly ? null : birth,
            BirthYear = yearOnly ? birth?.Year : null,
        };

    private static Participant AsStored(PersonDetails p, string id) => new()
    {
        Id = id,
        FirstName = p.FirstName,
        LastName = p.LastName,
        NationalId = p.NationalId,
        Phones = [.. p.Phones],
        Emails = p.Email is null ? [] : [p.Email],
        BirthDate = p.BirthDate,
        BirthYear = p.BirthYear,
        RecruitmentChannel = RecruitmentChannels.Other,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Compare_AnyTwoPeople_IsSymmetric() =>
        Gen.Select(GenPerson, GenPerson).Sample((a, b) =>
            Matcher.Compare(a, AsStored(b, "b")) == Matcher.Compare(b, AsStored(a, "a")), iter: 5000);

    [Fact]
    public void Decide_DifferentNationalIds_NeverMerges() =>
        Gen.Select(GenPerson, GenPerson).Where((a, b) => a.NationalId is not null && b.NationalId is not null && a.NationalId != b.NationalId)
            .Sample((a, b) =>
            {
                var decision = Matcher.Decide(a, [AsStored(b, "b")]);
                return decision.Kind == DecisionKind.NewPerson && Matcher.Compare(a, AsStored(b, "b")).Verdict == MatchVerdict.DifferentPeople;
            }, iter: 2000);

    /// Writing a Hebrew name with niqqud, gershayim, a maqaf, final letters in the middle or
    /// extra spaces changes no decision.
    [Fact]
    public void Compare_NameWrittenDifferently_GivesTheSameVerdict() =>
        Gen.Select(GenPerson, GenPerson, Gen.Int[0, 4]).Sample((a, b, variant) =>
        {
            var written = a with { FirstName = Variant(a.FirstName, variant), LastName = Variant(a.LastName, variant + 1) };
            return Matcher.Compare(a, AsStored(b, "b")) == Matcher.Compare(written, AsStored(b, "b"));
        }, iter: 5000);

    private static string Variant(string name, int kind) => (kind % 5) switch
    {
        0 => "  " + name + "  ",
        1 => string.Concat(name.Select((c, i) => i == 0 && c >= 'א' && c <= 'ת' ? c + "\u05B8" : c.ToString())), // a niqqud point
        2 => name.Length > 2 ? name[..^1] + "\u05F4" + name[^1] : name, // gershayim
        3 => name.Replace("ם", "מ").Replace("ן", "נ").Replace("ך", "כ"), // final forms written as base forms
        _ => name.Normalize(System.Text.NormalizationForm.FormD),
    };
}
