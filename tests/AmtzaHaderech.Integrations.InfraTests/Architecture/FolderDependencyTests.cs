using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.InfraTests.Bicep;
using ArchUnitNET.Loader;

namespace AmtzaHaderech.Integrations.InfraTests.Architecture;

/// The library's folders depend one way: a folder that uses another is never used by it, directly
/// or through a third, and the same holds between the namespaces inside one folder. A folder is a
/// namespace under AmtzaHaderech.Integrations; the root namespace (HubRegistration, HubSchedules)
/// composes them all and stays out of the graph. A use is a type of one used by code of the other
/// (the compiled library), or a `using` of one in a source file of the other.
public sealed partial class FolderDependencyTests
{
    private const string Library = "AmtzaHaderech.Integrations";

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Compiled = new(() =>
        new ArchLoader().LoadAssemblies(typeof(HubRegistration).Assembly).Build());

    private static readonly Lazy<IReadOnlyList<SourceUsing>> Usings = new(() => UsingsOf(Path.Combine(BicepCli.RepositoryRoot, "functions", Library)));

    [Fact]
    public void Library_TopLevelFolders_DependOneWay()
    {
        var graph = NamespaceGraph.Of(Compiled.Value.Types, TopLevelFolder, Usings.Value);

        Assert.Contains("Referrals", graph.Parts); // the graph holds the library's folders at all
        NoCycles(graph, "the library's top-level folders");
    }

    [Fact]
    public void Library_NamespacesWithinEachFolder_DependOneWay()
    {
        // A folder's own namespace (Spot, Facebook) holds what its parts share and what composes
        // them (its options, its registration), as the library's root does for the folders: the
        // rule is between the namespaces under it.
        var within = NamespaceGraph.Of(Compiled.Value.Types, ns => Nested(ns) is { } nested ? nested : null, Usings.Value);
        var folders = within.Parts.Select(p => p[..p.IndexOf('.', StringComparison.Ordinal)]).Distinct().ToList();

        Assert.Contains("Spot", folders);
        var cycles = folders
            .Select(folder => NamespaceGraph.Of(Compiled.Value.Types, ns => Nested(ns) is { } nested && nested.StartsWith(folder + ".", StringComparison.Ordinal) ? nested : null, Usings.Value))
            .SelectMany(graph => graph.Cycles())
            .ToList();
        NoCycles(cycles, "the namespaces within a folder of the library");
    }

    [Fact]
    public void NamespaceGraph_TwoNamespacesUsingEachOther_IsACycle()
    {
        var planted = new ArchLoader().LoadAssemblies(typeof(FolderDependencyTests).Assembly).Build();
        const string prefix = "AmtzaHaderech.Integrations.InfraTests.Architecture.Planted.";
        var graph = NamespaceGraph.Of(planted.Types, ns => ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..] : null);

        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(
            ["Left -> Right (LeftThing uses RightThing)", "Right -> Left (RightThing uses LeftThing)"],
            cycle);
        Assert.False(graph.DependsOn("Left", "Below"));
        Assert.True(graph.DependsOn("Right", "Below"));
    }

    [Fact]
    public void Usings_OfTheLibrarySources_AreRead()
    {
        // The source half of the graph is there (what a constant or an unused using would hide from the compiled code).
        Assert.Contains(Usings.Value, u => u.File.EndsWith("HubRegistration.cs", StringComparison.Ordinal) && u.Imported == Library + ".Referrals");
        Assert.Contains(Usings.Value, u => u.Imported == Library + ".FollowUps.State" && u.File.Contains("Answers", StringComparison.Ordinal));
    }

    private static List<SourceUsing> UsingsOf(string folder)
    {
        var usings = new List<SourceUsing>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(file);
            if (FileNamespace().Match(text) is not { Success: true } ns) continue;
            foreach (Match import in UsingLine().Matches(text))
            {
                var imported = import.Groups["name"].Value;
                if (import.Groups["static"].Success) imported = imported[..imported.LastIndexOf('.')];
                usings.Add(new SourceUsing(relative, ns.Groups[1].Value, imported));
            }
        }
        return usings;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using\s+(?<static>static\s+)?(?<name>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    private static string? TopLevelFolder(string ns)
    {
        if (!ns.StartsWith(Library + ".", StringComparison.Ordinal)) return null;
        var rest = ns[(Library.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    // "Referrals.Rows" for AmtzaHaderech.Integrations.Referrals.Rows (and deeper); null for a
    // folder's own namespace and for anything outside the library.
    private static string? Nested(string ns) =>
        TopLevelFolder(ns) is { } folder && ns.Length > Library.Length + 1 + folder.Length ? ns[(Library.Length + 1)..] : null;

    private static void NoCycles(NamespaceGraph graph, string what) => NoCycles(graph.Cycles(), what);

    private static void NoCycles(IReadOnlyList<IReadOnlyList<string>> cycles, string what)
    {
        Assert.True(cycles.Count == 0,
            $"{cycles.Count} cycle(s) between {what}; each group below uses itself round, make one side stop using the other:\n"
            + string.Join("\n\n", cycles.Select(c => string.Join("\n", c))));
    }
}
