using AmtzaHaderech.Integrations.FollowUps.CallLists;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Announcements;

public sealed class CallReasonsTests
{
    private static readonly DateOnly Since = new(2026, 10, 5);

    [Theory]
    [InlineData(TaskKinds.NoAnswer, FollowUpRules.Quarterly, "אין מענה לבדיקה הרבעונית ולתזכורות (נשלחה 05/10/2026)")]
    [InlineData(TaskKinds.NotWorking, FollowUpRules.Retention, "תשובה לבדיקת השימור בעבודה: לא בעבודה כעת (05/10/2026)")]
    [InlineData(TaskKinds.CallRequest, FollowUpRules.Quarterly, "בקשה לשיחה בבדיקה הרבעונית (05/10/2026)")]
    [InlineData(TaskKinds.NoChannel, FollowUpRules.Quarterly, "אין דרך לשלוח את הבדיקה הרבעונית: אין נייד או דוא\"ל, או שאין הסכמה")]
    [InlineData(TaskKinds.Undeliverable, FollowUpRules.Conference, "ההזמנה לכנס החשיפה לא נמסרה (05/10/2026): מספר או כתובת שגויים")]
    [InlineData(TaskKinds.ExitCheck, FollowUpRules.Exit, "שישה חודשים בעבודה הראשונה: להציע סגירת תיק")]
    public void Task_EachKind_SaysWhatHappenedAndWhenInHebrewWithoutSlashes(string kind, string rule, string expected)
    {
        var reason = CallReasons.Task(kind, rule, Since);

        Assert.Equal(expected, reason);
        Assert.DoesNotContain("/ה", reason);
    }

    [Fact]
    public void Unanswered_SentOrNot_SaysWhich()
    {
        Assert.Equal("אין מענה לבדיקה הרבעונית (נשלחה 05/10/2026)", CallReasons.Unanswered(FollowUpRules.Quarterly, Since, reached: true));
        Assert.StartsWith("אין דרך לשלוח את בדיקת השימור בעבודה", CallReasons.Unanswered(FollowUpRules.Retention, Since, reached: false));
    }

    [Theory]
    [InlineData(0, "היום")]
    [InlineData(1, "יום אחד")]
    [InlineData(2, "יומיים")]
    [InlineData(3145, "3,145 ימים")]
    public void Days_Count_ReadsAsHebrew(int days, string expected) => Assert.Equal(expected, CallReasons.Days(days));

    [Fact]
    public void PerPerson_TwoReasonsForOnePerson_OneRowWithBothLongestWaitingFirst()
    {
        CallListEntry[] entries =
        [
            new("P2", "ב", null, "סיבה 1", new DateOnly(2026, 5, 1), 10),
            new("P1", "א", null, "סיבה 2", new DateOnly(2026, 1, 1), 100),
            new("P2", "ב", null, "סיבה 3", new DateOnly(2026, 5, 1), 10),
        ];

        var list = CallListEntry.PerPerson(entries);

        Assert.Equal(["P1", "P2"], list.Select(e => e.ParticipantId));
        Assert.Equal("סיבה 1; סיבה 3", list[1].Reason);
    }
}
