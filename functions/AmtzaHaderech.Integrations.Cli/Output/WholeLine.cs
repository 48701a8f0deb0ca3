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

    /// A heading, then items (counts, names) separated by commas on indented lines, a line
    /// broken only between two items, never inside one.
    public static void Items(IAnsiConsole console, string heading, IEnumerable<string> items)
    {
        console.MarkupLine(Markup.Escape(heading));
        var line = new System.Text.StringBuilder(Indent);
        foreach (var item in items)
        {
            if (line.Length > Indent.Length && line.Length + 2 + item.Length > console.Profile.Width)
            {
                console.Profile.Out.Writer.WriteLine(line.Append(',').ToString());
                line.Clear().Append(Indent);
            }
            else if (line.Length > Indent.Length) line.Append(", ");
            line.Append(item);
        }
        if (line.Length > Indent.Length) console.Profile.Out.Writer.WriteLine(line.ToString());
    }

    private static void Write(IAnsiConsole console, string text, string markup)
    {
        if (Indent.Length + text.Length <= console.Profile.Width) console.MarkupLine(markup);
        else console.Profile.Out.Writer.WriteLine(Indent + text);
    }
}
