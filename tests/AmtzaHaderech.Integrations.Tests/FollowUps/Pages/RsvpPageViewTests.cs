using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Pages;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Pages;

public class RsvpPageViewTests
{
    private static readonly DateOnly Invited = new(2026, 12, 7);
    private static readonly DateOnly[] Offered = [new(2026, 12, 21), new(2027, 1, 4)];

    [Fact]
    public void Form_LaterConferences_RadioButtonsWithHebrewDaysInAFieldset()
    {
        var html = RsvpPageView.Form("דנה", Invited, Offered, RsvpForm.Empty, []);

        Assert.Contains("ביום שני, 07/12/2026", html);
        Assert.Contains("<legend>אעדיף מועד אחר</legend>", html);
        Assert.Contains("<input type=\"radio\" id=\"date-2026-12-21\" name=\"date\" value=\"2026-12-21\"><label for=\"date-2026-12-21\">יום שני, 21/12/2026</label>", html);
        Assert.Contains("<label for=\"date-2027-01-04\">יום שני, 04/01/2027</label>", html);
        Assert.Equal(2, html.Split("<form method=\"post\"").Length - 1);
        Assert.DoesNotContain("role=\"alert\"", html);
    }

    [Fact]
    public void Form_NoLaterConference_OnlyComingOrNot()
    {
        var html = RsvpPageView.Form(null, Invited, [], RsvpForm.Empty, []);

        Assert.DoesNotContain("<fieldset", html);
        Assert.Contains("value=\"yes\">אגיע</button>", html);
        Assert.Contains("לא אוכל להגיע", html);
    }

    [Fact]
    public void Form_Error_SummaryLinksToTheFirstDayAndTheDaysPointToTheMessage()
    {
        var form = new RsvpForm(RsvpAnswers.Other, "2027-02-01");

        var html = RsvpPageView.Form("דנה", Invited, Offered, form, form.Errors(Offered));

        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("<a href=\"#date-2026-12-21\">", html);
        Assert.Contains("<p class=\"error\" id=\"date-error\">", html);
        Assert.Contains("id=\"date-2027-01-04\" name=\"date\" value=\"2027-01-04\" aria-describedby=\"date-error\"", html);
        Assert.DoesNotContain(" checked", html);
    }

    [Fact]
    public void Thanks_Moved_NamesTheNewDay()
    {
        var html = RsvpPageView.Thanks(new RsvpChoice(false, new DateOnly(2026, 12, 27)), Invited);

        Assert.Contains("ביום ראשון, 27/12/2026", html);
    }

    [Fact]
    public void RsvpMovedActivity_SaysWhereTheyAskedToMove()
    {
        var activity = AnswerChanges.RsvpMovedActivity(Invited, new DateOnly(2026, 12, 27), new DateOnly(2026, 11, 22));

        Assert.Equal(("status_update", "אישור הגעה לכנס חשיפה 07/12/2026", "לא יגיע/תגיע; ביקש/ה לעבור לכנס של יום ראשון, 27/12/2026"),
            (activity.Type, activity.Title, activity.Outcome));
    }

    [Theory]
    [InlineData(2026, 12, 27, "יום ראשון, 27/12/2026")]
    [InlineData(2027, 1, 2, "יום שבת, 02/01/2027")]
    [InlineData(2026, 12, 25, "יום שישי, 25/12/2026")]
    public void WithWeekday_HebrewDayAndDate(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, HebrewDates.WithWeekday(new DateOnly(year, month, day)));
    }
}
