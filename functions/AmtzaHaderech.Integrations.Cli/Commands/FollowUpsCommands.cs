using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.Spot.Export;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza followups plan --as-of D [--all]`: what is due at a date (follow-ups.md), from a SPOT
/// export folder, as on a store with no run; with `--from-store`, from the store as the next run
/// would see it (its state and the conference invitations of eligible leads). `amtza followups run`: send what is due now, from the
/// store (FollowUpsRunCommand).
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
        var spotExport = new Option<string>("--spot-export")
        {
            Description = "SPOT export folder (participants.csv, employment.csv, activities.csv).",
            DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "samples", "spot-export"),
        };
        var fromStore = new Option<bool>("--from-store")
        {
            Description = "Plan from the store instead (its SPOT mirror, the scheduler's state, the conference invitations), as the next run would.",
        };
        var command = new Command("plan", "List the follow-ups due at a date, on fresh data (no previous run).") { asOf, all, spotExport, fromStore };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var day = DateOnly.ParseExact(parse.GetValue(asOf)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var plan = parse.GetValue(fromStore)
                ? await PlanFromStoreAsync(parse, day, parse.GetValue(all), cancellationToken)
                : CreatePlanner(parse).Plan(await SpotExportSnapshot.LoadFolderAsync(parse.GetValue(spotExport)!, cancellationToken), day,
                    PlannerState.Fresh, includeAll: parse.GetValue(all));
            if (!await JsonOutput.WriteAsync(parse, ToJson(plan), cancellationToken))
                AnsiConsole.Write(Summary(plan));
            return 0;
        });
        return command;
    }

    private static async Task<FollowUpPlan> PlanFromStoreAsync(ParseResult parse, DateOnly day, bool includeAll, CancellationToken cancellationToken)
    {
        await using var session = await HubSession.OpenAsync(parse, cancellationToken);
        var inputs = await session.Get<FollowUpInputsLoader>().LoadAsync(cancellationToken);
        return session.Get<FollowUpPlanner>().Plan(inputs.Data, day, inputs.State, inputs.Invitations, includeAll);
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

    private static object ToJson(FollowUpPlan plan) => new
    {
        asOf = plan.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        items = plan.Items.Select(ItemJson),
    };

    /// An item as the plan and the run print it (follow-ups.md).
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
