using AmtzaHaderech.Integrations.Reports.Evaluation;

namespace AmtzaHaderech.Integrations.Tests.Reports.Evaluation;

public sealed class WorkshopTitlesTests
{
    [Theory]
    [InlineData("חזרה לעולם העבודה", "חזרה לעולם העבודה")]
    [InlineData("  חזרה  לעולם\tהעבודה ", "חזרה לעולם העבודה")]
    [InlineData("\u00A0קורות\u00A0\u00A0חיים\n", "קורות חיים")]
    [InlineData("", "(untitled)")]
    [InlineData(" \t ", "(untitled)")]
    [InlineData(null, "(untitled)")]
    public void Name_AsTyped_TidiesWhiteSpace(string? title, string expected) =>
        Assert.Equal(expected, WorkshopTitles.Name(title));
}
