using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Announcements;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Sending;

/// The scheduler's run (docs/follow-ups.md, "Sending"): plan with the stored state, send what is due
/// and allowed now, remind, escalate. Safe to run as often as wanted, and from two hosts at once:
/// every send is claimed in the store first (the person's day, then the item), sent with the
/// item's key as the provider's reference, then confirmed. A crash between claim and confirmation
/// leaves the item in doubt: SMS is sent again under the same reference (the provider keeps one),
/// e-mail is not (Graph has no such key), so nothing is ever sent twice.
public sealed partial class FollowUpRunner(
    FollowUpInputsLoader loader, FollowUpStore store, FollowUpPlanner planner, QuietTimes quietTimes,
    MessageComposer composer, MessageChannels channels, FollowUpReminders reminders, SpotForwarder forwarder,
    ShortLinks shortLinks, TaskAnnouncer announcer, WaitingLists waitingLists, IOptions<FollowUpSendingOptions> options, ILogger<FollowUpRunner> logger)
{
    public async Task<FollowUpRunResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // Seats freed since the last run go to the waiting lists when their messages can go now.
        if (!quietTimes.IsQuiet(now) && now >= quietTimes.SendTimeFor(IsraelTime.DateOf(now)))
            await waitingLists.AdvanceAsync(cancellationToken);
        var inputs = await loader.LoadAsync(cancellationToken);
        var run = new RunContext(now, quietTimes.IsQuiet(now), inputs);

        await RecoverInDoubtAsync(run, cancellationToken);
        var plan = planner.Plan(inputs.Data, run.Today, inputs.State, inputs.Invitations, workshopSignUps: inputs.WorkshopSignUps);
        foreach (var item in plan.Items) await HandleAsync(run, item, cancellationToken);
        await reminders.RunAsync(run, cancellationToken);

        // Answers whose hand-over to the SPOT outbox did not happen at the time (the page's try).
        await forwarder.ForwardAsync(cancellationToken: cancellationToken);
        // Expired short links, once a day: the day's first successful run.
        if (inputs.Ledger.PreviousRun != run.Today) await shortLinks.PruneAsync(cancellationToken);

        // The coordinators hear of their new tasks in Teams, outside quiet times like everyone.
        var announced = run.Quiet ? AnnouncementResult.None : await announcer.AnnounceAsync(now, run.People, run.Data.Activities, cancellationToken);

        var result = run.Result() with { Announced = announced.Tasks, Cards = announced.Cards };
        if (result.Completed) await store.RecordRunAsync(run.Today, now, cancellationToken);
        LogRun(result.Sent.Count, result.Deferred, result.Reminders, result.Escalated, result.HandedOver, result.Completed);
        return result;
    }

    private async Task HandleAsync(RunContext run, FollowUpItem item, CancellationToken cancellationToken)
    {
        if (item.Status == FollowUpStatuses.NoChannel)
        {
            var kind = item.Rule == FollowUpRules.Exit ? TaskKinds.ExitCheck : TaskKinds.NoChannel;
            await store.HandOverAsync(item, kind, run.Now, run.Today, cancellationToken);
            run.TaskWritten(item.ParticipantId, kind, item.Rule, item.DueOn, item.Key, item.DueOn);
            return;
        }
        if (run.Quiet || run.Now < quietTimes.SendTimeFor(item.DueOn) || run.Usable(channels, item.Channel) is not { } channel)
        {
            run.Deferred++;
            return;
        }
        // The planner only lists items with an address on their channel.
        if (run.RecipientOf(item.ParticipantId) is not { } recipient || !MessageComposer.CanReach(item, recipient.Person)) return;

        // The coordinator's e-mail (exit check) is not a message to the person: no daily limit.
        var toPerson = item.Rule != FollowUpRules.Exit;
        if (toPerson && !await store.TryClaimDayAsync(item.ParticipantId, run.Today, item.Key, cancellationToken))
        {
            run.Deferred++;
            return;
        }
        if (!await store.TryClaimAsync(item, run.Now, run.Today, cancellationToken))
        {
            if (toPerson) await store.ReleaseDayAsync(item.ParticipantId, run.Today, cancellationToken);
            return;
        }
        var claimed = new SentItem
        {
            ParticipantId = item.ParticipantId,
            Key = item.Key,
            Rule = item.Rule,
            DueOn = item.DueOn,
            Months = item.Months,
            EpisodeId = item.EpisodeId,
            Channel = item.Channel,
            State = SentStates.Sending,
            ClaimedAt = run.Now,
            SentOn = run.Today,
        };
        // Composed once claimed: composing stores the message's short link.
        var message = (await composer.ComposeAsync(item, recipient, run.Data, cancellationToken: cancellationToken))!;
        var result = await Delivery.SendAsync(run, channel, message, logger, cancellationToken);
        switch (result?.Status)
        {
            case SendStatus.Sent:
                await store.MarkSentAsync(claimed, run.Now, result.ProviderId, cancellationToken);
                run.Sent.Add(item with { Status = FollowUpStatuses.Sent, SendAt = run.Now });
                if (toPerson) run.Messages.Add(MessageSent.Of(item.ParticipantId, item.Rule, message));
                break;
            case SendStatus.Rejected:
                await store.RejectAsync(claimed, run.Now, cancellationToken);
                if (toPerson) await store.ReleaseDayAsync(item.ParticipantId, run.Today, cancellationToken);
                run.TaskWritten(item.ParticipantId, TaskKinds.Undeliverable, item.Rule, item.DueOn, item.Key, claimed.SentOn);
                break;
            case SendStatus.Failed:
                await store.ReleaseAsync(item.ParticipantId, item.Key, cancellationToken);
                if (toPerson) await store.ReleaseDayAsync(item.ParticipantId, run.Today, cancellationToken);
                run.Deferred++;
                break;
            default:
                run.Deferred++; // in doubt: the claim stays, the next run settles it
                break;
        }
    }

    // Claims older than InDoubtAfterMinutes never confirmed. An SMS claimed today is sent again
    // under its reference (the provider keeps one message per reference); anything else is
    // counted as sent: at most once is the promise.
    private async Task RecoverInDoubtAsync(RunContext run, CancellationToken cancellationToken)
    {
        foreach (var claimed in run.Ledger.Items.Where(i => i.State == SentStates.Sending && run.Now - i.ClaimedAt >= TimeSpan.FromMinutes(options.Value.InDoubtAfterMinutes)))
        {
            var item = new FollowUpItem(claimed.ParticipantId, claimed.Rule, claimed.Months, claimed.EpisodeId, claimed.DueOn,
                claimed.Channel, FollowUpStatuses.Due, null);
            var resend = claimed.Channel == FollowUpChannels.Sms && claimed.SentOn == run.Today && !run.Quiet;
            if (resend && run.Usable(channels, claimed.Channel) is { } channel && run.RecipientOf(claimed.ParticipantId) is { } recipient
                && await composer.ComposeAsync(item, recipient, run.Data, cancellationToken: cancellationToken) is { } message)
            {
                var result = await Delivery.SendAsync(run, channel, message, logger, cancellationToken);
                if (result?.Status == SendStatus.Sent) await store.MarkSentAsync(claimed, run.Now, result.ProviderId, cancellationToken);
                else if (result?.Status == SendStatus.Rejected) await store.RejectAsync(claimed, run.Now, cancellationToken);
                continue;
            }
            if (!resend) await store.MarkSentAsync(claimed, claimed.ClaimedAt, null, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information,
        Message = "Follow-ups run: {Sent} sent, {Deferred} deferred, {Reminders} reminders, {Escalated} escalated, {HandedOver} to coordinators, completed {Completed}")]
    private partial void LogRun(int sent, int deferred, int reminders, int escalated, int handedOver, bool completed);
}
