using System.Text;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Trust;

/// A stranger's claim as staff meet it through the real `amtza`: imported from an intake export,
/// recorded as review/unverified_match, and listed with the stored value beside the claimed one
/// for every field it would change, readable at 80 columns and in `--json`.
[Collection(StorageCollection.Name)]
public sealed class ReviewListCliTests(AzuriteFixture azurite) : IDisposable
{
    private const string Now = "2026-11-23";
    private readonly string _folder = Directory.CreateTempSubdirectory("amtza-review-list-").FullName;

    [Fact]
    public async Task ReviewList_UnverifiedMatch_StoredBesideClaimedAtEightyColumnsAndInJson()
    {
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        environment["COLUMNS"] = "80";
        var es = Path.Combine(_folder, "es-referrals_4521_20261123_01.csv");
        await File.WriteAllBytesAsync(es, new EsFileBuilder().Add(TrustHub.Victim).Build());
        Assert.Equal(0, (await AmtzaCli.RunAsync(["import", "employment-service", es, "--now", Now], environment)).ExitCode);
        var export = Path.Combine(_folder, "microsoft-forms_2026-11.csv");
        var header = (await File.ReadAllLinesAsync(AmtzaCli.Sample("intake", "microsoft-forms_2026-11.csv")))[0];
        await File.WriteAllTextAsync(export, header + "\r\n" +
            $"7,11/22/2026 10:02:11,11/22/2026 10:09:45,מאיר,גנבי,{TrustHub.Victim["מספר_זהות"]},1/1/1960,זכר,כפר סבא,{TrustHub.AttackerPhone},{TrustHub.AttackerEmail}," +
            "חבר/ה,נהג,30,01/2026,משרה מלאה,עבודה כשכיר או שכירה,כן,מאשר/ת,מסכים/ה,מסכים/ה\r\n", new UTF8Encoding(true));

        var import = await AmtzaCli.RunAsync(["import", "intake", "--profile", "microsoft-forms", export, "--json", "--now", Now], environment);
        var list = await AmtzaCli.RunAsync(["review", "list", "--now", Now], environment);
        var json = await AmtzaCli.RunAsync(["review", "list", "--json", "--now", Now], environment);
        var referrals = await AmtzaCli.RunAsync(["referrals", "list", "--outcome", "review", "--json", "--now", Now], environment);

        var record = import.Json.GetProperty("files")[0].GetProperty("records")[0];
        Assert.Equal(("review", "unverified_match"), (record.GetProperty("outcome").GetString(), record.GetProperty("reason").GetString()));

        Assert.True(list.ExitCode == 0, list.Stderr);
        var lines = list.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
        Assert.Contains(lines, l => l.Contains("unverified_match"));
        Assert.Contains(lines, l => l.Contains("phone") && l.Contains("+972502000001") && l.Contains(TrustHub.AttackerPhoneE164));
        Assert.Contains(lines, l => l.Contains("e-mail") && l.Contains(TrustHub.AttackerEmail));
        Assert.Contains(lines, l => l.Contains("birth date") && l.Contains("1968-03-14") && l.Contains("1960-01-01"));
        Assert.Contains(lines, l => l.Contains("amtza review decide rv-") && l.Contains("same|different"));

        var item = Assert.Single(json.Json.GetProperty("items").EnumerateArray());
        Assert.Equal(("unverified_match", "rule1"), (item.GetProperty("rule").GetString(), item.GetProperty("matchedBy").GetString()));
        var differences = item.GetProperty("differences").EnumerateArray()
            .ToDictionary(d => d.GetProperty("field").GetString()!, d => (d.GetProperty("stored").GetString(), d.GetProperty("claimed").GetString()));
        Assert.Equal(["name", "birthDate", "phone", "email"], differences.Keys);
        Assert.Equal(("+972502000001", TrustHub.AttackerPhoneE164), differences["phone"]);
        Assert.Equal(("", TrustHub.AttackerEmail), differences["email"]);

        var waiting = Assert.Single(referrals.Json.GetProperty("records").EnumerateArray());
        Assert.Equal(("review", "unverified_match"), (waiting.GetProperty("outcome").GetString(), waiting.GetProperty("reason").GetString()));
        var show = await AmtzaCli.RunAsync(["referrals", "show", waiting.GetProperty("id").GetString()!, "--json", "--now", Now], environment);
        Assert.Equal(["name", "birthDate", "phone", "email"],
            show.Json.GetProperty("explanation").GetProperty("trust").GetProperty("differences").EnumerateArray().Select(d => d.GetString()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
