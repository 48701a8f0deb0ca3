using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Trust;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza review list|decide`: the records waiting for a person (docs/matching.md): probable
/// duplicates (rule 4) and claims that would change a known person (`unverified_match`).
public static class ReviewCommands
{
    public static Command Create()
    {
        var review = new Command("review", "Probable duplicates and unverified claims waiting for a person to decide.");
        review.Subcommands.Add(List());
        review.Subcommands.Add(Decide());
        return review;
    }

    private static Command List()
    {
        var command = new Command("list", "Show each waiting record beside the person it may be.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var waiting = await WaitingAsync(session, cancellationToken);
            var items = waiting.Select(w => new
            {
                id = w.Item.Id,
                incoming = Incoming(w.Item.Record),
                existing = w.Candidates.Select(Existing).FirstOrDefault(),
                candidates = w.Candidates.Select(Existing),
                rule = w.Item.Rule,
                matchedBy = w.Item.MatchedBy,
                differences = w.Differences,
            }).ToList();
            if (await JsonOutput.WriteAsync(parse, new { items }, cancellationToken)) return 0;
            foreach (var w in waiting)
            {
                ReviewTables.Render(AnsiConsole.Console, w);
                ReviewHints.Render(AnsiConsole.Console, w.Item, w.Candidates, command => NextCommand.Of(parse, command));
            }
            if (waiting.Count == 0) Console.WriteLine("Nothing waits for review.");
            return 0;
        });
        return command;
    }

    /// Every open item with the people it may be; for a claim (`unverified_match`) its
    /// differences as of now, since the stored person may have changed since it arrived.
    public static async Task<IReadOnlyList<WaitingReview>> WaitingAsync(HubSession session, CancellationToken cancellationToken)
    {
        var store = session.Get<ParticipantStore>();
        var waiting = new List<WaitingReview>();
        await foreach (var item in session.Get<ReviewQueue>().OpenItemsAsync(cancellationToken))
        {
            var candidates = new List<Participant>();
            foreach (var id in item.CandidateIds)
                if (await store.GetAsync(id, cancellationToken) is { } found) candidates.Add(found.Participant);
            var differences = item.Rule == ReviewReasons.UnverifiedMatch && candidates.Count == 1
                ? ClaimComparison.Differences(item.Record.Person!, item.Record.Consented, candidates[0])
                : null;
            waiting.Add(new WaitingReview(item, candidates, differences));
        }
        return waiting;
    }

    private static Command Decide()
    {
        var id = new Argument<string>("id") { Description = "The review item's id (from `review list`)." };
        var decision = new Argument<string>("decision") { Description = "same | different" };
        decision.AcceptOnlyFromAmong(ReviewDecisions.Same, ReviewDecisions.Different);
        var into = new Option<string?>("--into") { Description = "With `same` and several candidates: the participant id to merge into." };
        var command = new Command("decide", "Settle a pair for good: the same person, or different people.") { id, decision, into };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var result = await session.Get<ReviewDecisions>().DecideAsync(parse.GetValue(id)!, parse.GetValue(decision)!, parse.GetValue(into), cancellationToken);
            if (!await JsonOutput.WriteAsync(parse, result, cancellationToken))
                Console.WriteLine($"{result.ReviewId}: {result.Decision} -> {result.Result.Outcome} participant {result.Result.ParticipantId} ({result.Result.Screening}{(result.Result.ScreeningReason is null ? "" : ":" + result.Result.ScreeningReason)})");
            return 0;
        });
        return command;
    }

    private static object Incoming(InboundRecord r) => new
    {
        source = r.Source,
        key = r.Key,
        file = r.File,
        firstName = r.Person?.FirstName,
        lastName = r.Person?.LastName,
        nationalId = r.Person?.NationalId,
        birthDate = r.Person?.BirthDate,
        birthYear = r.Person?.BirthYear,
        phones = r.Person?.Phones,
        email = r.Person?.Email,
        city = r.Person?.City,
    };

    private static object Existing(Participant p) => new
    {
        participantId = p.DisplayId,
        firstName = p.FirstName,
        lastName = p.LastName,
        alternativeNames = p.AlternativeNames,
        nationalId = p.NationalId,
        birthDate = p.BirthDate,
        birthYear = p.BirthYear,
        phones = p.Phones,
        emails = p.Emails,
        city = p.City,
        recruitmentChannel = p.RecruitmentChannel,
    };
}
