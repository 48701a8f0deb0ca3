using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Pages;

public class RsvpPageViewTests
{
    private static readonly DateOnly Invited = new(2026, 12, 7);
    private static readonly DateOnly[] Offered = [new(2026, 12, 21), new(2027, 1, 4)];

    private static readonly ConferenceDetails Details = new(Invited, new TimeOnly(10, 0), "מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא",
        new Dictionary<string, string> { ["ru"] = "ул. Вейцман 140, Кфар-Саба" }, new Uri("https://maps.example.org/?q=140"),
        "קווי אוטובוס 29 ו-501", new Dictionary<string, string>());

    private static PageReader Reader(string language = "he", Addressing addressing = Addressing.Female, string? coordinator = "רותי אהרון") =>
        new(ShippedDefaults.Localizer().For(language, addressing), "דנה",
            new CallContact(coordinator, Addressing.Female, "כפר סבא", "09-7654321"), [], "/u/token");

    private static RsvpView View(RsvpChoice? current = null, bool open = true, IReadOnlyList<DateOnly>? offered = null) =>
        new(Invited, Details, current, offered ?? Offered, open);

    [Fact]
    public void Form_Conference_SaysWhenWhereAndHowToGetThere()
    {
        var html = RsvpPageView.Form(Reader(), View(), RsvpForm.Empty, []);

        Assert.Contains("שלום דנה, נשמח לדעת אם תגיעי לכנס החשיפה של אמצע הדרך.", html);
        Assert.Contains("<dd>יום שני, 07/12/2026, בשעה 10:00</dd>", html);
        Assert.Contains("מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא<br><a href=\"https://maps.example.org/?q=140\">המקום במפה</a>", html);
        Assert.Contains("<dt>איך מגיעים</dt><dd>קווי אוטובוס 29 ו-501</dd>", html);
    }

    [Fact]
    public void Form_LaterConferences_RadioButtonsWithDaysInAFieldset()
    {
        var html = RsvpPageView.Form(Reader(), View(), RsvpForm.Empty, []);

        Assert.Contains("<legend>אעדיף מועד אחר</legend>", html);
        Assert.Contains("<input type=\"radio\" id=\"date-2026-12-21\" name=\"date\" value=\"2026-12-21\"><label for=\"date-2026-12-21\">יום שני, 21/12/2026</label>", html);
        Assert.Contains("בחרי מועד ולחצי על הכפתור.", html);
        Assert.Equal(2, html.Split("<form method=\"post\"").Length - 1);
        Assert.DoesNotContain("role=\"alert\"", html);
    }

    [Fact]
    public void Form_NoLaterConference_OnlyComingOrNot()
    {
        var html = RsvpPageView.Form(Reader(), View(offered: []), RsvpForm.Empty, []);

        Assert.DoesNotContain("<fieldset", html);
        Assert.Contains("value=\"yes\">אגיע</button>", html);
        Assert.Contains("לא אוכל להגיע", html);
    }

    [Fact]
    public void Form_Error_SummaryLinksToTheFirstDayAndTheDaysPointToTheMessage()
    {
        var form = new RsvpForm(RsvpAnswers.Other, "2027-02-01");

        var html = RsvpPageView.Form(Reader(), View(), form, form.Errors(Reader().Texts, Offered));

        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("<a href=\"#date-2026-12-21\">", html);
        Assert.Contains("<fieldset class=\"has-error\">", html);
        Assert.Contains("<p class=\"error\" id=\"date-error\">", html);
        Assert.Contains("id=\"date-2027-01-04\" name=\"date\" value=\"2027-01-04\" aria-describedby=\"date-error\"", html);
        Assert.DoesNotContain(" checked", html);
    }

    [Fact]
    public void Form_Answered_ShowsTheAnswerAndUntilWhenItCanChange()
    {
        var html = RsvpPageView.Form(Reader(addressing: Addressing.Male), View(new RsvpChoice(true, null)), RsvpForm.Empty, []);

        Assert.Contains("<p class=\"answer\">רשמנו שתגיע.</p>", html);
        Assert.Contains("אפשר לשנות את התשובה בעמוד הזה עד יום ראשון, 06/12/2026.", html);
        Assert.Contains("value=\"no\" class=\"secondary\">לא אוכל להגיע</button>", html);
    }

    [Fact]
    public void Form_FromTheConferenceDay_NoFormAndWhomToCall()
    {
        var html = RsvpPageView.Form(Reader(), View(new RsvpChoice(false, null), open: false), RsvpForm.Empty, []);

        Assert.DoesNotContain("<form", html);
        Assert.Contains("רשמנו שלא תוכלי להגיע.", html);
        Assert.Contains("לשינוי או לשאלות אפשר להתקשר לרותי אהרון מהמרכז בכפר סבא:", html);
        Assert.Contains("href=\"tel:097654321\"", html);
    }

    [Fact]
    public void Form_CoordinatorNotConfigured_TheCenterToCall()
    {
        var html = RsvpPageView.Form(Reader(coordinator: null), View(open: false), RsvpForm.Empty, []);

        Assert.Contains("לשינוי או לשאלות אפשר להתקשר למרכז כפר סבא:", html);
    }

    [Fact]
    public void Form_Russian_AddressInRussian()
    {
        var html = RsvpPageView.Form(Reader("ru"), View(), RsvpForm.Empty, []);

        Assert.Contains("<dd>понедельник, 07.12.2026, в 10:00</dd>", html);
        Assert.Contains("ул. Вейцман 140, Кфар-Саба", html);
        Assert.Contains("Приду", html);
    }

    [Fact]
    public void Thanks_Moved_NamesTheNewDayAndItsPlace()
    {
        var moved = Details with { Date = new DateOnly(2026, 12, 27) };

        var html = RsvpPageView.Thanks(Reader(), View(), new RsvpChoice(false, new DateOnly(2026, 12, 27)), moved);

        Assert.Contains("רשמנו שתעדיפי את הכנס של יום ראשון, 27/12/2026.", html);
        Assert.Contains("<dd>יום ראשון, 27/12/2026, בשעה 10:00</dd>", html);
        Assert.Contains("נזכיר לך לפני המועד.", html);
    }

    [Fact]
    public void RsvpActivity_FirstAnswerInThePersonsOwnWords()
    {
        var activity = AnswerChanges.RsvpActivity(Invited, new RsvpChoice(false, new DateOnly(2026, 12, 27)), new DateOnly(2026, 11, 22));

        Assert.Equal(("status_update", "אישור הגעה לכנס חשיפה 07/12/2026", "התשובה: אעדיף מועד אחר, יום ראשון, 27/12/2026"),
            (activity.Type, activity.Title, activity.Outcome));
    }

    [Fact]
    public void RsvpChangedActivity_SaysWhatItReplaces()
    {
        var activity = AnswerChanges.RsvpChangedActivity(Invited, new RsvpChoice(false, null), new RsvpChoice(true, null), new DateOnly(2026, 11, 30));

        Assert.Equal(("שינוי תשובה לכנס חשיפה 07/12/2026", "התשובה עכשיו: לא אוכל להגיע (במקום: אגיע)"), (activity.Title, activity.Outcome));
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
