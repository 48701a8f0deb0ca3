// A cycle kept on purpose, for NamespaceGraph's own test: the detector must see it.
namespace AmtzaHaderech.Integrations.InfraTests.Architecture.Planted.Left
{
    public sealed class LeftThing
    {
        public Right.RightThing? Other { get; set; }
    }
}

namespace AmtzaHaderech.Integrations.InfraTests.Architecture.Planted.Right
{
    public sealed class RightThing
    {
        public static int Count(Left.LeftThing thing) => thing.Other is null ? 0 : Below.BelowThing.Two();
    }
}

namespace AmtzaHaderech.Integrations.InfraTests.Architecture.Planted.Below
{
    public static class BelowThing
    {
        public static int Two() => 2;
    }
}
