using System.ComponentModel.DataAnnotations;
using AmtzaHaderech.Integrations.Teams;

namespace AmtzaHaderech.Integrations.Tests.Reports.Delivery;

public sealed class ReportsOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidAndDeliverNowhere()
    {
        var options = new ReportsOptions();

        Assert.Empty(Errors(options));
        Assert.False(options.UsesGraph);
        Assert.False(options.UsesLocalFolder);
    }

    [Fact]
    public void UsesLocalFolder_FolderAndTeamsChannel_PrefersTeams()
    {
        var options = new ReportsOptions { LocalFolder = "out", Teams = { ["tlv"] = new TeamsChannelOptions { TeamId = "t", ChannelId = "c" } } };

        Assert.True(options.UsesGraph);
        Assert.False(options.UsesLocalFolder);
    }

    [Fact]
    public void Validate_ChunkSizeNotA320KiBMultiple_IsAnError()
    {
        var errors = Errors(new ReportsOptions { ChunkSize = 3 * 1024 * 1024 });

        Assert.Contains(errors, e => e.Contains("multiple of 327680"));
    }

    [Fact]
    public void Validate_ChannelWithoutIds_IsAnError()
    {
        var options = new ReportsOptions { Teams = { ["tlv"] = new TeamsChannelOptions { TeamId = "team", WebhookUrl = "not a url" } } };

        var errors = Errors(options);

        Assert.Contains(errors, e => e.Contains("Reports:Teams:tlv needs TeamId and ChannelId"));
        Assert.Contains(errors, e => e.Contains("WebhookUrl is not an absolute URL"));
        Assert.True(options.UsesGraph);
    }

    [Fact]
    public void Validate_ChannelWithDriveAndFolder_IsValid()
    {
        var options = new ReportsOptions { Teams = { ["tlv"] = new TeamsChannelOptions { DriveId = "b!x", FolderId = "01ABC" } } };

        Assert.Empty(Errors(options));
    }

    private static List<string> Errors(ReportsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
