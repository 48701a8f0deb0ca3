using System.Text;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// A workshop is its title as staff typed it in SPOT, with the white space tidied: none around
/// it, one space for any run inside it. A title of nothing (or only spaces) is one workshop of
/// its own, `(untitled)`.
public static class WorkshopTitles
{
    public const string Untitled = "(untitled)";

    public static string Name(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return Untitled;
        var text = title.AsSpan().Trim();
        var name = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }
            if (inSpace) name.Append(' ');
            inSpace = false;
            name.Append(c);
        }
        return name.ToString();
    }
}
