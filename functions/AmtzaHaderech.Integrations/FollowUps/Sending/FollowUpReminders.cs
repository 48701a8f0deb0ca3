using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Sending;

/// Unanswered check-ins (retention, quarterly): a reminder after 4 and after 10 days, then the
/// case goes to the coordinator as a `no_answer` task. A reminder is counted in the store before
/// it is sent, so a crash loses it rather than sending it twice; a late reminder (the scheduler
/// was down) is sent once, not one per missed day, and none after the escalation day.
public sealed class FollowUpReminders(
    FollowUpStore store, MessageComposer composer, MessageChannels channels, IOptions<FollowUpSendingOptions> options,
    ILogger<FollowUpReminders> logger)
{
    internal async Task RunAsync(RunContext run, CancellationToken cancellationToken)
    {
        var days = options.Value.ReminderDaysOrDefaults();
        foreach (var item in run.Ledger.Items)
        {
            if (item.State != SentStates.Sent || item.Rule is not (FollowUpRules.Retention or FollowUpRules.Quarterly)
                || item.EscalatedAt is not null || run.Ledger.IsAnswered(item, LinkPages.Status))
                continue;
            var age = run.Today.DayNumber - item.SentOn.DayNumber;
            if (age >= options.Value.EscalationDays)
            {
                await store.EscalateAsync(item, run.Now, cancellationToken);
                run.TaskWritten(item.ParticipantId, TaskKinds.NoAnswer, item.Rule, item.DueOn, item.Key, item.SentOn);
            }
            else if (item.Reminders < days.Count && age >= days[item.Reminders])
                await RemindAsync(run, item, item.Reminders + 1, cancellationToken);
        }
    }

    private async Task RemindAsync(RunContext run, SentItem sent, int number, CancellationToken cancellationToken)
    {
        if (run.Quiet || run.RecipientOf(sent.ParticipantId) is not { } recipient) return;
        // The channel as of today: an unsubscribe or a withdrawn consent since stops the reminder.
        var channelName = ContactChannel.For(recipient.Person, sent.Rule, run.State);
        if (channelName == FollowUpChannels.None || run.Usable(channels, channelName) is not { } channel) return;
        var item = new FollowUpItem(sent.ParticipantId, sent.Rule, sent.Months, sent.EpisodeId, sent.DueOn, channelName, FollowUpStatuses.Due, null);
        if (!MessageComposer.CanReach(item, recipient.Person)) return;

        if (!await store.TryClaimDayAsync(sent.ParticipantId, run.Today, MessageComposer.Reference(item, number), cancellationToken)) return;
        if (!await store.TryCountReminderAsync(sent, number, cancellationToken))
        {
            await store.ReleaseDayAsync(sent.ParticipantId, run.Today, cancellationToken);
            return;
        }
        // Composed once claimed: composing stores the message's short link.
        var message = (await composer.ComposeAsync(item, recipient, run.Data, number, cancellationToken))!;
        var result = await Delivery.SendAsync(run, channel, message, logger, cancellationToken);
        if (result?.Status == SendStatus.Sent)
        {
            run.RemindersSent.Add(new SentReminder(sent.ParticipantId, sent.Key, sent.Rule, number, channelName));
            run.Messages.Add(MessageSent.Of(sent.ParticipantId, sent.Rule, message));
            await store.RecordReminderSentAsync(sent, number, channelName, run.Now, cancellationToken);
        }
        else if (result?.Status == SendStatus.Failed)
        {
            await store.UncountReminderAsync(sent, number, cancellationToken);
            await store.ReleaseDayAsync(sent.ParticipantId, run.Today, cancellationToken);
        }
    }
}
