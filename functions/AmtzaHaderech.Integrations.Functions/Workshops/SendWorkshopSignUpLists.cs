using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Workshops;

/// Every afternoon: the sign-up lists of tomorrow's workshop sessions to the centers'
/// coordinators in Teams, each once (docs/workshops.md, "The day before").
public sealed class SendWorkshopSignUpLists(SignUpListDelivery delivery, TimeProvider clock)
{
    public const string Schedule = HubSchedules.WorkshopSignUpLists;

    [Function(nameof(SendWorkshopSignUpLists))]
    public async Task<int> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        (await delivery.RunDailyAsync(clock, cancellationToken)).Count;
}
