using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Invitations;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Sending;

/// What a run (and `amtza followups plan`) starts from: the SPOT mirror (`Spot`, with where it came from), the
/// scheduler's state with the hub's consents, and the conference invitations, each carrying the
/// invitee's contact when SPOT does not know them under the invitation's id (a lead: the hub's
/// own record). `Contacts`: those invitees, for composing their messages. `Preferences`: what the
/// hub's records say of a person that SPOT does not (their language, a gender SPOT lacks), by
/// SPOT's id and the hub's.
public sealed record FollowUpInputs(
    SpotStoreData Spot, FollowUpLedger Ledger, PlannerState State, IReadOnlyList<ConferenceInvitation> Invitations,
    IReadOnlyDictionary<string, PersonPreferences>? Preferences = null)
{
    public SpotSnapshot Data => Spot.Data;

    /// Everyone's rows in the sessions still to come (reminders, offered seats).
    public IReadOnlyList<WorkshopSignUp> WorkshopSignUps { get; init; } = [];

    public IEnumerable<SpotParticipant> Contacts => Invitations.Select(i => i.Contact).OfType<SpotParticipant>();
}

public sealed class FollowUpInputsLoader(
    SpotStoreReader spot, ParticipantStore people, FollowUpStore store, WorkshopSeats seats, IOptions<FollowUpsOptions> rules, TimeProvider clock)
{
    public async Task<FollowUpInputs> LoadAsync(CancellationToken cancellationToken = default)
    {
        var stored = await spot.LoadAsync(cancellationToken);
        var data = stored.Data;
        var known = new List<Participant>();
        await foreach (var person in people.AllAsync(cancellationToken)) known.Add(person);
        var ledger = await store.LoadAsync(cancellationToken);
        var state = ledger.ToPlannerState(ConsentBook.From(known));
        state = state with { Unsubscribed = BothIds(state.Unsubscribed, known) };

        var inSpot = data.Participants.ToDictionary(p => p.ParticipantId, StringComparer.Ordinal);
        var byId = known.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var invitations = ledger.Invitations
            .Select(i => inSpot.ContainsKey(i.ParticipantId) || !byId.TryGetValue(i.ParticipantId, out var person) ? i
                : i with { Contact = InviteeContact.From(i.ParticipantId, person, person.SpotId is { } s ? inSpot.GetValueOrDefault(s) : null) })
            .ToList();
        var today = IsraelTime.Today(clock);
        var signUps = new List<WorkshopSignUp>();
        foreach (var session in WorkshopCalendar.Sessions(rules.Value).Where(s => s.Date > today))
            signUps.AddRange(await seats.SignUpsAsync(session.Id, cancellationToken));
        return new FollowUpInputs(stored, ledger, state, invitations, PersonPreferences.From(known)) { WorkshopSignUps = signUps };
    }

    // An unsubscribe through a conference link is under the hub's id, one through a check-in
    // under SPOT's: either stops the messages of both.
    private static HashSet<string> BothIds(IReadOnlySet<string> unsubscribed, IEnumerable<Participant> known)
    {
        var all = new HashSet<string>(unsubscribed, StringComparer.Ordinal);
        foreach (var person in known)
            if (person.SpotId is { } spotId && (unsubscribed.Contains(spotId) || unsubscribed.Contains(person.Id)))
            {
                all.Add(spotId);
                all.Add(person.Id);
            }
        return all;
    }
}

/// The language a person chose and the gender they gave, from the hub's record of them.
public sealed record PersonPreferences(string? Language, string? Gender)
{
    /// By the hub's id and SPOT's id of everyone the hub knows either of.
    public static IReadOnlyDictionary<string, PersonPreferences> From(IEnumerable<Participant> people)
    {
        var byId = new Dictionary<string, PersonPreferences>(StringComparer.Ordinal);
        foreach (var person in people.Where(p => p.Language is not null || p.Gender is not null))
        {
            var preferences = new PersonPreferences(person.Language, person.Gender);
            byId[person.Id] = preferences;
            if (person.SpotId is { } spotId) byId[spotId] = preferences;
        }
        return byId;
    }
}
