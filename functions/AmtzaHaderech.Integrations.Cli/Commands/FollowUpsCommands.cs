using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
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
            if (!DateOnly.TryParseExact(parse.GetValue(asOf), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return ReportCommands.Usage("--as-of must be a date yyyy-MM-dd.");
            var (plan, source, exitCode) = parse.GetValue(spotExport) is { } folder
                ? await PlanFromFolderAsync(parse, folder, day, parse.GetValue(all), cancellationToken)
                : await PlanFromStoreAsync(parse, day, parse.GetValue(all), cancellationToken);
            if (plan is null) return exitCode;
            if (!await JsonOutput.WriteAsync(parse, ToJson(plan, source!), cancellationToken))
                AnsiConsole.Write(Summary(plan));
            return 0;
        });
        return command;
    }

    private static async Task<(FollowUpPlan?, object?, int)> PlanFromStoreAsync(ParseResult parse, DateOnly day, bool includeAll, CancellationToken cancellationToken)
    {
        await using var session = await HubSession.OpenAsync(parse, cancellationToken);
        var inputs = await session.Get<FollowUpInputsLoader>().LoadAsync(cancellationToken);
        if (inputs.Spot.IsEmpty) return (null, null, await SpotSource.EmptyStoreAsync(parse, cancellationToken));
        var plan = session.Get<FollowUpPlanner>().Plan(inputs.Data, day, inputs.State, inputs.Invitations, includeAll);
        return (plan, SpotSource.FromStore(inputs.Spot).Json, 0);
    }

    private static async Task<(FollowUpPlan?, object?, int)> PlanFromFolderAsync(ParseResult parse, DirectoryInfo folder, DateOnly day, bool includeAll, CancellationToken cancellationToken)
    {
        if (await SpotSource.FromFolderAsync(folder, cancellationToken) is not { } source)
            return (null, null, ReportCommands.Usage($"--spot-export {folder.FullName} must be a folder with the SPOT export files."));
        return (CreatePlanner(parse).Plan(source.Data, day, PlannerState.Fresh, includeAll: includeAll), source.Json, 0);
    }

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

    private static Table Summary(FollowUpPlan plan)
    {
        var statuses = plan.Items.Select(i => i.Status).Distinct().Order(StringComparer.Ordinal).ToList();
        var table = new Table().AddColumn("rule");
        foreach (var status in statuses) table.AddColumn(new TableColumn(status).RightAligned());
        table.AddColumn(new TableColumn("total").RightAligned());
        foreach (var rule in plan.Items.GroupBy(i => i.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.AddRow([rule.Key, .. statuses.Select(s => rule.Count(i => i.Status == s).ToString(CultureInfo.InvariantCulture)),
                rule.Count().ToString(CultureInfo.InvariantCulture)]);
        return table.Caption($"{plan.Items.Count} follow-ups at {plan.AsOf:yyyy-MM-dd}");
    }
}
