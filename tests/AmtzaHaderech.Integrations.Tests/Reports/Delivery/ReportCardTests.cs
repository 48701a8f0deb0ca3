using System.Text.Json;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Teams;

namespace AmtzaHaderech.Integrations.Tests.Reports.Delivery;

public sealed class ReportCardTests
{
    [Fact]
    public void Message_Notice_IsAWorkflowsMessageWithAnRtlAdaptiveCardAndTheLink()
    {
        var notice = new ReportNotice("דוח התוכנית", "הדוח נשמר.", [new ReportFact("משתתפים", "1,234")]);

        var json = ReportCard.Message(notice, "https://contoso.sharepoint.com/r.xlsx").ToJsonString(TeamsCard.JsonOptions);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("message", root.GetProperty("type").GetString());
        var attachment = root.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.True(card.GetProperty("rtl").GetBoolean());
        Assert.Equal("דוח התוכנית", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("1,234", card.GetProperty("body")[2].GetProperty("facts")[0].GetProperty("value").GetString());
        var action = card.GetProperty("actions")[0];
        Assert.Equal("Action.OpenUrl", action.GetProperty("type").GetString());
        Assert.Equal("https://contoso.sharepoint.com/r.xlsx", action.GetProperty("url").GetString());
        Assert.Contains("דוח התוכנית", json); // not \\u-escaped: readable in logs of the fake and by an operator
    }
}
