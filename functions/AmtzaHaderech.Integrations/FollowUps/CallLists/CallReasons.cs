using System.Globalization;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;

namespace AmtzaHaderech.Integrations.FollowUps.CallLists;

/// Why a coordinator should call someone, in the Hebrew staff read in the call list and the
/// Teams card: what the hub asked, when, and what came of it. Written as nouns ("אין מענה",
/// "בקשה לשיחה") so no sentence guesses the person's gender.
internal static class CallReasons
{
    public const string NoContact = "ללא קשר יותר מ-90 יום";

    /// A coordinator's task from the follow-ups (docs/follow-ups.md), `since` the day it began.
    public static string Task(string kind, string rule, DateOnly since)
    {
        var name = RuleName(rule);
        var date = Date(since);
        return kind switch
        {
            TaskKinds.NoAnswer => $"אין מענה {With('ל', name)} ולתזכורות (נשלחה {date})",
            TaskKinds.NotWorking => $"תשובה {With('ל', name)}: לא בעבודה כעת ({date})",
            TaskKinds.CallRequest => $"בקשה לשיחה {With('ב', name)} ({date})",
            TaskKinds.NoChannel => $"אין דרך לשלוח את {name}: אין נייד או דוא\"ל, או שאין הסכמה",
            TaskKinds.Undeliverable => $"{name} לא נמסרה ({date}): מספר או כתובת שגויים",
            TaskKinds.ExitCheck => "שישה חודשים בעבודה הראשונה: להציע סגירת תיק",
            _ => $"משימה ({kind}) {With('ב', name)} ({date})",
        };
    }

    /// A check-in of the month that got no answer (the coordinators' monthly report):
    /// `reached` false when it could not be sent at all.
    public static string Unanswered(string rule, DateOnly askedOn, bool reached) => reached
        ? $"אין מענה {With('ל', RuleName(rule))} (נשלחה {Date(askedOn)})"
        : Task(TaskKinds.NoChannel, rule, askedOn);

    public static string RuleName(string rule) => rule switch
    {
        FollowUpRules.Retention => "בדיקת השימור בעבודה",
        FollowUpRules.Quarterly => "הבדיקה הרבעונית",
        FollowUpRules.Conference => "ההזמנה לכנס החשיפה",
        FollowUpRules.Meeting => "התזכורת לפגישה",
        FollowUpRules.Exit => "בדיקת סיום התכנית",
        _ => rule,
    };

    /// "2,912 ימים", "יומיים", "יום אחד", "היום".
    public static string Days(int days) => days switch
    {
        0 => "היום",
        1 => "יום אחד",
        2 => "יומיים",
        _ => $"{days.ToString("N0", CultureInfo.InvariantCulture)} ימים",
    };

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    // A prefixed preposition swallows the definite article: ל + הבדיקה = לבדיקה.
    private static string With(char preposition, string name) => preposition + (name.StartsWith('ה') ? name[1..] : name);
}
