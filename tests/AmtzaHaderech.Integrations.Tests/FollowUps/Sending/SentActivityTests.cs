using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Sending;

public sealed class SentActivityTests
{
    private static readonly DateOnly Day = new(2026, 11, 26);

    [Fact]
    public void For_RetentionBySms_MessageSentActivityInHebrew()
    {
        var activity = SentActivity.For(FollowUpRules.Retention, FollowUpChannels.Sms, Day, null);

        Assert.Equal((Day, SpotCodes.MessageSent, "הודעת מעקב: האם עדיין עובד/ת", "נשלח ב-SMS"),
            (activity.Date, activity.Type, activity.Title, activity.Outcome));
    }

    [Fact]
    public void For_SecondReminderByEmail_SaysWhichReminder()
    {
        var activity = SentActivity.For(FollowUpRules.Quarterly, FollowUpChannels.Email, Day, 2);

        Assert.Equal(("תזכורת 2: הודעת מעקב רבעונית: מצב תעסוקה", "נשלח בדואר אלקטרוני"), (activity.Title, activity.Outcome));
    }

    [Fact]
    public void Row_ReminderAndFirstSend_DifferentRowsOfOneItem()
    {
        var first = SentActivity.Row("P1", "P1|quarterly||||2026-11-12", FollowUpRules.Quarterly, FollowUpChannels.Sms, null, DateTimeOffset.UnixEpoch);
        var reminder = SentActivity.Row("P1", "P1|quarterly||||2026-11-12", FollowUpRules.Quarterly, FollowUpChannels.Sms, 1, DateTimeOffset.UnixEpoch);

        Assert.Equal(first.Entity.PartitionKey, reminder.Entity.PartitionKey);
        Assert.NotEqual(first.Entity.RowKey, reminder.Entity.RowKey);
        Assert.StartsWith("spot|sent|", first.Entity.RowKey);
    }
}
