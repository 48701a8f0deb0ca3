using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// `--json [file]`: one JSON document on stdout (nothing else there), or into the named file.
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Hebrew stays readable
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static bool Requested(ParseResult parse) => parse.GetResult(GlobalOptions.Json) is not null;

    /// True when the JSON went to stdout, so the caller prints nothing else there.
    public static async Task<bool> WriteAsync(ParseResult parse, object document, CancellationToken cancellationToken)
    {
        if (!Requested(parse)) return false;
        var json = JsonSerializer.Serialize(document, Options);
        if (parse.GetValue(GlobalOptions.Json) is { Length: > 0 } file)
        {
            await File.WriteAllTextAsync(file, json + Environment.NewLine, cancellationToken);
            return false;
        }
        await Console.Out.WriteLineAsync(json);
        return true;
    }
}
