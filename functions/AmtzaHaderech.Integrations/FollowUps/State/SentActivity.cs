using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spot.Outbox;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// The `message_sent` activity SPOT is told of for each message a participant got, so staff see
/// in the person's record what the hub asked and when. It is not a contact (docs/metrics.md): a
/// message nobody answered does not reset the quarterly clock. Written as a pending SPOT change
/// in the same transaction that records the send; SpotForwarder hands it to the SPOT outbox.
internal static class SentActivity
{
    public static SpotActivityEntry For(string rule, string channel, DateOnly sentOn, int? reminder) => new()
    {
        Date = sentOn,
        Type = SpotCodes.MessageSent,
        Title = (reminder is { } number ? $"תזכורת {number.ToString(CultureInfo.InvariantCulture)}: " : "") + Purpose(rule),
        Outcome = channel == FollowUpChannels.Sms ? "נשלח ב-SMS" : "נשלח בדואר אלקטרוני",
    };

    /// The pending change's row for a send (`spot|sent|{item key}[|reminder n]|activity`), as
    /// of the send's Israeli date.
    public static TableTransactionAction Row(string participantId, string itemKey, string rule, string channel, int? reminder, DateTimeOffset sentAt)
    {
        var purpose = "sent|" + itemKey + (reminder is { } number ? "|reminder" + number.ToString(CultureInfo.InvariantCulture) : "");
        return PendingSpotChanges.Row(participantId, purpose, SpotChangeKinds.Activity, For(rule, channel, IsraelTime.DateOf(sentAt), reminder), sentAt);
    }

    private static string Purpose(string rule) => rule switch
    {
        FollowUpRules.Retention => "הודעת מעקב: האם עדיין עובד/ת",
        FollowUpRules.Quarterly => "הודעת מעקב רבעונית: מצב תעסוקה",
        FollowUpRules.Conference => "תזכורת לכנס חשיפה",
        FollowUpRules.Meeting => "תזכורת לפגישה",
        FollowUpRules.Workshop => "הזמנה לסדנאות במרכז",
        FollowUpRules.WorkshopReminder => "תזכורת לסדנה",
        FollowUpRules.WorkshopOffer => "הצעת מקום שהתפנה בסדנה",
        _ => "הודעה מהתכנית",
    };
}
