using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza followups plan --as-of D [--all]`: what is due at a date (docs/follow-ups.md), from the
/// store as the next run would see it: the SPOT mirror, the scheduler's state, the conference
/// invitations of eligible leads. `--spot-export <folder>` asks the same of a folder, as on a
/// store with no run. `amtza followups run`: send what is due now (FollowUpsRunCommand).
public static class FollowUpsCommands
{
    public static Command Create()
    {
        var followUps = new Command("followups", "Follow-ups: status check-ins and reminders.");
        followUps.Subcommands.Add(Plan());
        followUps.Subcommands.Add(FollowUpsRunCommand.Create());
        return followUps;
    }

    private static Command Plan()
    {
        var asOf = new Option<string>("--as-of") { Description = "The date to plan for (yyyy-MM-dd).", Required = true };
        var all = new Option<bool>("--all") { Description = "Also list items already sent and items expired." };
        var spotExport = SpotSource.FolderOption();
        var command = new Command("plan", "List the follow-ups due at a date, from the store as the next run would see them.") { asOf, all, spotExport };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayText.TryParse(parse.GetValue(asOf), out var day))
                return ReportCommands.Usage("--as-of must be a date yyyy-MM-dd.");
            var (planned, exitCode) = parse.GetValue(spotExport) is { } folder
                ? await PlanFromFolderAsync(parse, folder, day, parse.GetValue(all), cancellationToken)
                : await PlanFromStoreAsync(parse, day, parse.GetValue(all), cancellationToken);
            if (planned is null) return exitCode;
            if (!await JsonOutput.WriteAsync(parse, ToJson(planned.Plan, planned.Source), cancellationToken))
                FollowUpPlanTable.Render(AnsiConsole.Console, planned.Plan, planned.People, ReportCenters.Names(parse.GetValue(GlobalOptions.Config)));
            return 0;
        });
        return command;
    }

    /// A plan with where its data came from and the people it names (SPOT's, and invited leads).
    private sealed record Planned(FollowUpPlan Plan, object Source, IReadOnlyDictionary<string, SpotParticipant> People);

    private static async Task<(Planned?, int)> PlanFromStoreAsync(ParseResult parse, DateOnly day, bool includeAll, CancellationToken cancellationToken)
    {
        await using var session = await HubSession.OpenAsync(parse, cancellationToken);
        var inputs = await session.Get<FollowUpInputsLoader>().LoadAsync(cancellationToken);
        if (inputs.Spot.IsEmpty) return (null, await SpotSource.EmptyStoreAsync(parse, cancellationToken));
        var plan = session.Get<FollowUpPlanner>().Plan(inputs.Data, day, inputs.State, inputs.Invitations, includeAll, inputs.WorkshopSignUps);
        return (new Planned(plan, SpotSource.FromStore(inputs.Spot).Json, People(inputs.Data.Participants.Concat(inputs.Contacts))), 0);
    }

    private static async Task<(Planned?, int)> PlanFromFolderAsync(ParseResult parse, DirectoryInfo folder, DateOnly day, bool includeAll, CancellationToken cancellationToken)
    {
        if (await SpotSource.FromFolderAsync(folder, cancellationToken) is not { } source)
            return (null, ReportCommands.Usage($"--spot-export {folder.FullName} must be a folder with the SPOT export files."));
        var plan = CreatePlanner(parse).Plan(source.Data, day, PlannerState.Fresh, includeAll: includeAll);
        return (new Planned(plan, source.Json, People(source.Data.Participants)), 0);
    }

    private static Dictionary<string, SpotParticipant> People(IEnumerable<SpotParticipant> people) =>
        people.DistinctBy(p => p.ParticipantId, StringComparer.Ordinal).ToDictionary(p => p.ParticipantId, StringComparer.Ordinal);

    // Rules and quiet times from the same configuration files as the hub; no store is needed.
    private static FollowUpPlanner CreatePlanner(ParseResult parse)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables();
        if (parse.GetValue(GlobalOptions.Config) is { } file) builder.AddJsonFile(Path.GetFullPath(file), optional: false);
        var configuration = builder.Build();
        var rules = configuration.GetSection(FollowUpsOptions.Section).Get<FollowUpsOptions>() ?? new FollowUpsOptions();
        var quiet = configuration.GetSection(QuietTimesOptions.Section).Get<QuietTimesOptions>() ?? new QuietTimesOptions();
        return new FollowUpPlanner(new QuietTimes(new JewishHolidays(), Options.Create(quiet)), Options.Create(rules));
    }

    private static object ToJson(FollowUpPlan plan, object source) => new
    {
        asOf = plan.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        items = plan.Items.Select(ItemJson),
        source,
    };

    /// An item as the plan and the run print it (docs/follow-ups.md).
    public static object ItemJson(FollowUpItem i) => new
    {
        participantId = i.ParticipantId,
        rule = i.Rule,
        months = i.Months,
        episodeId = i.EpisodeId,
        dueOn = i.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        channel = i.Channel,
        status = i.Status,
        sendAt = i.SendAt,
    };

}
