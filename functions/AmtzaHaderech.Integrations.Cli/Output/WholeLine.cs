using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// Something to copy whole (a path, a command) on an indented line of its own. Spectre wraps
/// a line at the console's width, cutting a path in two; one longer than the console is written
/// unwrapped instead: the terminal folds it, and selecting it copies it whole.
public static class WholeLine
{
    private const string Indent = "  ";

    public static void Path(IAnsiConsole console, string path) => Write(console, path, $"{Indent}[link]{Markup.Escape(path)}[/]");

    public static void Command(IAnsiConsole console, string command) => Write(console, command, Indent + Markup.Escape(command));

    private static void Write(IAnsiConsole console, string text, string markup)
    {
        if (Indent.Length + text.Length <= console.Profile.Width) console.MarkupLine(markup);
        else console.Profile.Out.Writer.WriteLine(Indent + text);
    }
}
