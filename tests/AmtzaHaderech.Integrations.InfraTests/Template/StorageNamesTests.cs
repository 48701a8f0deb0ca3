using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.InfraTests.Bicep;
using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

/// Every table, container and queue the library names exists in the hub's storage account.
[Collection(CompiledInfraCollection.Name)]
public sealed class StorageNamesTests(CompiledInfra infra)
{
    [Fact]
    public void Tables_EveryTableOfTheLibrary_IsDeclared()
    {
        Assert.Equal("[variables('hubTables')]", Parameter("tables"));
        Assert.Equal(StorageNames.Tables.All.Order(), Declared("hubTables").Order());
    }

    [Fact]
    public void Containers_EveryContainerOfTheLibrary_IsDeclared()
    {
        Assert.StartsWith("[concat(variables('hubContainers')", Parameter("containers"));
        Assert.Equal(StorageNames.Containers.All.Order(), Declared("hubContainers").Order());
    }

    [Fact]
    public void Queues_EveryQueueOfTheLibraryAndItsPoisonTwin_IsDeclared()
    {
        var expected = StorageNames.Queues.All.SelectMany(q => new[] { q, q + "-poison" });

        Assert.Equal("[variables('hubQueues')]", Parameter("queues"));
        Assert.Equal(expected.Order(), Declared("hubQueues").Order());
    }

    [Fact]
    public void Names_Every_IsValidForAzureStorage()
    {
        Assert.All(Declared("hubTables"), t => Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,62}$", t));
        Assert.All(Declared("hubContainers").Concat(Declared("hubQueues")), n => Assert.Matches("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", n));
    }

    private string Parameter(string name) => infra.Main.Module("dataStorage").ParameterText(name);

    private List<string> Declared(string variable) =>
        infra.Main.Variables[variable]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
}
