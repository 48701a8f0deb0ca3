using System.CommandLine;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// A command to run next, as the operator would type it: with the `--data-dir` they gave (so
/// it reads the same store), never with `--storage` (a connection string is a secret; it comes
/// from AMTZA_STORAGE or their own command line).
public static class NextCommand
{
    public static string Of(ParseResult parse, string command)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetResult(GlobalOptions.DataDir) is { Implicit: false } && parse.GetValue(GlobalOptions.DataDir) is { } dir
            ? $"{command} --data-dir {Quoted(dir)}"
            : command;
    }

    private static string Quoted(string value) => value.Any(char.IsWhiteSpace) ? $"\"{value}\"" : value;
}
