using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.InfraTests.Bicep;

namespace AmtzaHaderech.Integrations.InfraTests.Repository;

/// The repository explains itself: every `*.md` a file of it cites is in it, every link to a
/// section of a page finds that section, nothing points outside the clone, and every page says
/// first what it is for.
public sealed partial class CitedDocumentsTests
{
    private static readonly string Root = BicepCli.RepositoryRoot;

    [Fact]
    public void Repository_EveryCitedMarkdownFile_IsInTheRepository()
    {
        var missing = Citations()
            .Where(c => !Resolves(c.File, c.Path))
            .Select(c => $"{c.File}:{c.Line} cites {c.Path}")
            .ToList();

        NoneOf(missing, "cite a file the repository does not hold");
    }

    [Fact]
    public void Docs_EveryLinkToASection_FindsThatHeading()
    {
        var broken = new List<string>();
        foreach (var file in RepositoryFiles().Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
            foreach (var (line, text) in Lines(file))
                foreach (Match link in SectionLink().Matches(text))
                {
                    var target = link.Groups["page"].Value is { Length: > 0 } page
                        ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(Root, file))!, page))
                        : Path.Combine(Root, file);
                    if (!File.Exists(target)) continue; // a missing page is the other test's failure
                    if (!Anchors(target).Contains(link.Groups["anchor"].Value))
                        broken.Add($"{file}:{line} links to {link.Groups["page"].Value}#{link.Groups["anchor"].Value}");
                }

        NoneOf(broken, "link to a section their page does not have");
    }

    [Fact]
    public void Repository_NothingCitesTheSpecificationOutsideIt()
    {
        // Spelled in two parts, so that this file does not find itself.
        string[] outside = ["../" + "shared", "shared" + "/contracts"];
        var found = RepositoryFiles()
            .SelectMany(file => Lines(file).Where(l => outside.Any(o => l.Text.Contains(o, StringComparison.Ordinal)))
                .Select(l => $"{file}:{l.Line}"))
            .ToList();

        NoneOf(found, "point outside the repository (its docs/ hold the rules now)");
    }

    [Fact]
    public void Docs_EachPage_OpensWithWhatItIsFor()
    {
        var pages = RepositoryFiles().Where(f => f.StartsWith("docs/", StringComparison.Ordinal) && f.EndsWith(".md", StringComparison.Ordinal));
        var abrupt = pages.Where(page =>
        {
            var first = File.ReadLines(Path.Combine(Root, page)).Skip(1).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
            return first.StartsWith('#') || first.StartsWith("```", StringComparison.Ordinal) || first.StartsWith('|');
        }).ToList();

        Assert.NotEmpty(pages);
        NoneOf(abrupt, "begin without a sentence saying what the page is for and who reads it");
    }

    private static void NoneOf(IReadOnlyCollection<string> problems, string what) =>
        Assert.True(problems.Count == 0, $"{problems.Count} places {what}:\n" + string.Join('\n', problems));

    private sealed record Citation(string File, int Line, string Path);

    private static IEnumerable<Citation> Citations() =>
        from file in RepositoryFiles()
        from line in Lines(file)
        from Match match in CitedMarkdown().Matches(line.Text)
        select new Citation(file, line.Line, match.Value);

    /// A path is found beside the file that cites it or from the repository's root: code cites
    /// `docs/metrics.md`, never a bare file name a reader would have to look for.
    private static bool Resolves(string citingFile, string cited)
    {
        var beside = Path.GetDirectoryName(Path.Combine(Root, citingFile))!;
        return File.Exists(Path.GetFullPath(Path.Combine(beside, cited))) || File.Exists(Path.Combine(Root, cited));
    }

    /// GitHub's anchors of a page's headings: lower case, letters, digits, spaces, hyphens and
    /// underscores kept, spaces made hyphens; a repeated heading gets -1, -2 ...
    private static HashSet<string> Anchors(string page)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inCode = false;
        foreach (var line in File.ReadLines(page))
        {
            if (line.StartsWith("```", StringComparison.Ordinal)) inCode = !inCode;
            if (inCode || !line.StartsWith('#')) continue;
            var heading = line.TrimStart('#').Trim().ToLowerInvariant();
            var slug = new string([.. heading.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')]).Replace(' ', '-');
            var unique = slug;
            for (var n = 1; !anchors.Add(unique); n++) unique = $"{slug}-{n}";
        }
        return anchors;
    }

    private static IEnumerable<(int Line, string Text)> Lines(string file) =>
        File.ReadLines(Path.Combine(Root, file)).Select((text, i) => (i + 1, text));

    /// The repository's own text files, as paths from its root with `/`: what a clone holds,
    /// without build output, installed tools or test artifacts.
    private static IEnumerable<string> RepositoryFiles()
    {
        string[] skipped = ["bin", "obj", "node_modules", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts"];
        string[] extensions = [".cs", ".md", ".sh", ".bicep", ".bicepparam", ".json", ".yaml", ".yml", ".props", ".csproj"];
        var pending = new Stack<string>([Root]);
        while (pending.TryPop(out var folder))
        {
            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !skipped.Contains(name)) pending.Push(sub);
            }
            foreach (var file in Directory.EnumerateFiles(folder))
                if (extensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith("package", StringComparison.Ordinal))
                    yield return Path.GetRelativePath(Root, file).Replace('\\', '/');
        }
    }

    // A file name or path ending in .md, not part of a URL or a longer name, and not a string
    // literal of code (a path built from parts, as the benchmarks build docs/benchmarks.md's).
    [GeneratedRegex(@"(?<![A-Za-z0-9_./:""-])[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*\.md(?![A-Za-z0-9_-])")]
    private static partial Regex CitedMarkdown();

    // A Markdown link to a section: [text](<page>.md#anchor), or [text](#anchor) on the same page.
    [GeneratedRegex(@"\]\((?<page>[A-Za-z0-9_./-]*\.md)?#(?<anchor>[^)\s]+)\)")]
    private static partial Regex SectionLink();
}
