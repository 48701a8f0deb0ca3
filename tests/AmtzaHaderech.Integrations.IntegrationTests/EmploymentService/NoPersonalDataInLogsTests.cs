using System.Text;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.EmploymentService;

/// Runs the demo with the hub's log turned all the way up and looks for the samples' personal
/// data in everything it logged.
public sealed class NoPersonalDataInLogsTests
{
    static NoPersonalDataInLogsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Demo_WithTraceLogging_LogsNoNamesIdsPhonesOrEmails()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "amtza-pii-" + Guid.NewGuid().ToString("N")[..8]);
        var run = await AmtzaCli.RunAsync(["demo", "--data-dir", dataDir], new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Trace",
            ["Logging__LogLevel__Azure"] = "Trace",
        });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Record", run.Stderr); // the hub did log, at Information
        foreach (var value in PersonalValuesInSamples())
            Assert.DoesNotContain(value, run.Stderr);
        Directory.Delete(dataDir, recursive: true);
    }

    /// Names, national IDs, phones (as written and digits only) and e-mails of every sample row.
    private static IEnumerable<string> PersonalValuesInSamples()
    {
        string[] columns = ["מספר_זהות", "שם_פרטי", "שם_משפחה", "טלפון_נייד", "טלפון_נוסף", "דואל"];
        foreach (var file in Directory.GetFiles(AmtzaCli.Sample("employment-service"), "*.csv"))
        {
            var bytes = File.ReadAllBytes(file);
            var text = IsUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(1255).GetString(bytes);
            var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var header = lines[0].Split(',');
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var cells = line.Split(',');
                if (cells.Length != header.Length) continue; // a quoted multi-line note: its other lines are free text
                foreach (var column in columns)
                {
                    var value = cells[Array.IndexOf(header, column)].Trim();
                    if (value.Length < 3) continue;
                    yield return value;
                    var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
                    if (digits.Length >= 7) yield return digits;
                }
            }
        }
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try { new UTF8Encoding(false, true).GetString(bytes); return true; }
        catch (DecoderFallbackException) { return false; }
    }
}
