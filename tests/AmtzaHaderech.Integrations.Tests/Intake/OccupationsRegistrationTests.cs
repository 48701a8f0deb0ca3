using AmtzaHaderech.Integrations.Intake.Occupations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.Tests.Intake;

public sealed class OccupationsRegistrationTests
{
    [Fact]
    public void AddOccupations_WithExtraListConfigured_ResolvesOneSearchOverBothLists()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{OccupationsOptions.Section}:{nameof(OccupationsOptions.ExtraListPath)}"] = "samples/occupations/extra-occupations.json",
            })
            .Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddOccupations().BuildServiceProvider();

        var search = provider.GetRequiredService<OccupationSearch>();

        Assert.Same(search, provider.GetRequiredService<OccupationSearch>());
        Assert.Equal(OccupationList.BuiltIn().Items.Count + 2, search.Count);
        Assert.Equal("מדריך טיולי ג'יפים", search.Search("טיולי גיפים")[0].TitleHe);
    }

    [Fact]
    public void AddOccupations_WithoutConfiguration_UsesTheBuiltInList()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddOccupations().BuildServiceProvider();

        Assert.Equal(OccupationList.BuiltIn().Items.Count, provider.GetRequiredService<OccupationSearch>().Count);
    }
}
