using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Workshops;

/// Every evening: the coordinators' marked sign-up lists of the week's sessions read back from
/// Teams, each attendance recorded for SPOT once (docs/workshops.md, "The sign-up list and attendance").
public sealed class ReadWorkshopSignUpLists(SignUpListReadBack readBack, TimeProvider clock)
{
    public const string Schedule = HubSchedules.WorkshopListReadBack;

    [Function(nameof(ReadWorkshopSignUpLists))]
    public async Task<int> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        (await readBack.RunDailyAsync(clock, cancellationToken)).Count;
}
