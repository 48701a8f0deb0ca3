using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza review list|decide`: the probable-duplicate queue (matching.md rule 4).
public static class ReviewCommands
{
    public static Command Create()
    {
        var review = new Command("review", "Probable duplicates waiting for a person to decide.");
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
            var store = session.Get<ParticipantStore>();
            var items = new List<object>();
            await foreach (var item in session.Get<ReviewQueue>().OpenItemsAsync(cancellationToken))
            {
                var candidates = new List<Participant>();
                foreach (var id in item.CandidateIds)
                    if (await store.GetAsync(id, cancellationToken) is { } found) candidates.Add(found.Participant);
                items.Add(new
                {
                    id = item.Id,
                    incoming = Incoming(item.Record),
                    existing = candidates.Select(Existing).FirstOrDefault(),
                    candidates = candidates.Select(Existing),
                    rule = item.Rule,
                });
                if (!JsonOutput.Requested(parse))
                {
                    Render(item, candidates);
                    ReviewHints.Render(AnsiConsole.Console, item, candidates, command => NextCommand.Of(parse, command));
                }
            }
            await JsonOutput.WriteAsync(parse, new { items }, cancellationToken);
            if (!JsonOutput.Requested(parse) && items.Count == 0) Console.WriteLine("Nothing waits for review.");
            return 0;
        });
        return command;
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

    // Side by side: what arrived, and each person it may be.
    private static void Render(ReviewItem item, IReadOnlyList<Participant> candidates)
    {
        var table = new Table().Title($"{item.Id} ({item.Rule}, {Markup.Escape(item.Record.Source)} {Markup.Escape(item.Record.Key)})").AddColumn("field").AddColumn("incoming");
        foreach (var c in candidates) table.AddColumn(Markup.Escape(c.DisplayId));
        var p = item.Record.Person!;
        void Row(string field, string? incoming, Func<Participant, string?> existing) =>
            table.AddRow([field, Markup.Escape(incoming ?? ""), .. candidates.Select(c => Markup.Escape(existing(c) ?? ""))]);
        Row("name", $"{p.FirstName} {p.LastName}", c => string.Join(" / ", c.AlternativeNames.Select(n => $"{n.FirstName} {n.LastName}").Prepend($"{c.FirstName} {c.LastName}")));
        Row("national ID", p.NationalId, c => c.NationalId);
        Row("birth", p.BirthDate?.ToString("yyyy-MM-dd") ?? p.BirthYear?.ToString(), c => c.BirthDate?.ToString("yyyy-MM-dd") ?? c.BirthYear?.ToString());
        Row("phones", string.Join(", ", p.Phones), c => string.Join(", ", c.Phones));
        Row("e-mail", p.Email, c => string.Join(", ", c.Emails));
        Row("city", p.City, c => c.City);
        AnsiConsole.Write(table);
    }
}
