using System.Globalization;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// `COLUMNS=n` pins the width tables and lines are laid out for. Without it Spectre asks .NET,
/// which measures the terminal on stdout, else the one on stdin (so `amtza demo > out.txt` typed
/// at a wide terminal is laid out wide), else assumes 80: scripts and tests pin it to get the
/// same layout wherever they run.
public static class ConsoleWidth
{
    public const string Variable = "COLUMNS";

    public static IAnsiConsole Pinned(IAnsiConsole console)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width > 0)
            console.Profile.Width = width;
        return console;
    }
}
