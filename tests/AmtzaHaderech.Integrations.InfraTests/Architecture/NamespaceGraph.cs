using ArchUnitNET.Domain;

namespace AmtzaHaderech.Integrations.InfraTests.Architecture;

/// Which parts of an assembly use which: every type's dependencies (signatures, fields, method
/// bodies, attributes, as ArchUnitNET reads them from the compiled code), grouped into parts by a
/// function of the namespace, with one example per edge so that a failure says where to look.
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph() { }

    /// partOf maps a namespace to its part, or null for namespaces outside the graph. `usings`
    /// adds what the compiled code cannot show (a constant is copied into its user, an unused
    /// `using` leaves no trace): each source file's namespace and the namespaces it imports.
    public static NamespaceGraph Of(
        IEnumerable<IType> types, Func<string, string?> partOf, IEnumerable<SourceUsing>? usings = null)
    {
        var graph = new NamespaceGraph();
        foreach (var type in types)
            foreach (var dependency in type.Dependencies)
                graph.Add(partOf, NamespaceOf(type), NamespaceOf(dependency.Target), $"{Short(type)} uses {Short(dependency.Target)}");
        foreach (var source in usings ?? [])
            graph.Add(partOf, source.Namespace, source.Imported, $"{source.File} imports it");
        return graph;
    }

    private void Add(Func<string, string?> partOf, string fromNamespace, string toNamespace, string example)
    {
        if (partOf(fromNamespace) is not { } from) return;
        _edges.TryAdd(from, new Dictionary<string, string>(StringComparer.Ordinal));
        if (partOf(toNamespace) is not { } to || to == from) return;
        _edges[from].TryAdd(to, example);
        _edges.TryAdd(to, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    public IEnumerable<string> Parts => _edges.Keys;

    public bool DependsOn(string from, string to) => _edges.TryGetValue(from, out var targets) && targets.ContainsKey(to);

    /// Each group of parts that reach one another (a strongly connected component of more than
    /// one part), as its edges, each with its example.
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var component in StronglyConnected().Where(c => c.Count > 1))
        {
            var members = component.ToHashSet(StringComparer.Ordinal);
            cycles.Add(component.Order(StringComparer.Ordinal)
                .SelectMany(from => _edges[from]
                    .Where(e => members.Contains(e.Key))
                    .OrderBy(e => e.Key, StringComparer.Ordinal)
                    .Select(e => $"{from} -> {e.Key} ({e.Value})"))
                .ToList());
        }
        return cycles;
    }

    // Tarjan's algorithm, iterative enough for a few hundred namespaces: recursion depth is the
    // length of the longest path, small here.
    private List<List<string>> StronglyConnected()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in _edges[node].Keys)
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            components.Add(component);
        }

        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(node)) Visit(node);
        return components;
    }

    // Compiler-made types (<Module>, <PrivateImplementationDetails>) have no namespace.
    private static string NamespaceOf(IType type) => type.Namespace?.FullName ?? "";

    private static string Short(IType type) => NamespaceOf(type) is { Length: > 0 } ns ? type.FullName[(ns.Length + 1)..] : type.FullName;
}

/// One `using` of a source file: the file's namespace imports another (for `using static`, the
/// type's namespace).
public sealed record SourceUsing(string File, string Namespace, string Imported);
