using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza report send program|coordinators|evaluation`: the monthly jobs the timers run, now, from the SPOT
/// data in the store: to Teams when `Reports:Teams` is configured, else to a local folder
/// (`--out`, or `Reports:LocalFolder`, or `<data-dir>/reports`).
public static class ReportSendCommand
{
    public static Command Create()
    {
        var send = new Command("send", "Run a monthly report job now: from the store, to Teams (or a local folder without Graph).");
        send.Subcommands.Add(Program());
        send.Subcommands.Add(Coordinators());
        send.Subcommands.Add(Evaluation());
        return send;
    }

    private static Option<string?> Out() => new("--out")
    {
        Description = "Write to this folder (<folder>/<channel>/<yyyy>/<file>) instead of Teams.",
    };

    private static Command Program() => AsOfReport("program", "Deliver the program report to the program channel (head office).",
        async (session, delivery, day, cancellationToken) =>
        {
            var job = ActivatorUtilities.CreateInstance<ProgramReportJob>(session.Services, delivery);
            return day is { } d ? await job.RunAsync(d, cancellationToken) : await job.RunMonthlyAsync(cancellationToken);
        });

    private static Command Evaluation() => AsOfReport("evaluation",
        "Deliver the evaluation report (channels, workshops, referral funnel of the 12 months to its date) to the program channel.",
        async (session, delivery, day, cancellationToken) =>
        {
            var job = ActivatorUtilities.CreateInstance<EvaluationReportJob>(session.Services, delivery);
            return day is { } d ? await job.RunAsync(d, cancellationToken) : await job.RunMonthlyAsync(cancellationToken);
        });

    /// A report of one as-of date for the program channel: `--as-of`, default the last day of last month.
    private static Command AsOfReport(string name, string description,
        Func<HubSession, IReportDelivery, DateOnly?, CancellationToken, Task<DeliveryReceipt>> run)
    {
        var asOf = new Option<string?>("--as-of") { Description = "The as-of date (yyyy-MM-dd); default: the last day of last month." };
        var output = Out();
        var command = new Command(name, description) { asOf, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayText.TryParseOptional(parse.GetValue(asOf), out var day))
                return ReportCommands.Usage("--as-of must be a date yyyy-MM-dd.");
            await using var session = await OpenAsync(parse, cancellationToken);
            try
            {
                var receipt = await run(session, Delivery(session, parse.GetValue(output)), day, cancellationToken);
                return await ReportAsync(parse, [receipt], cancellationToken);
            }
            catch (SpotStoreEmptyException)
            {
                return await SpotSource.EmptyStoreAsync(parse, cancellationToken);
            }
        });
        return command;
    }

    private static Command Coordinators()
    {
        var month = new Option<string?>("--month") { Description = "The month (yyyy-MM); default: last month." };
        var output = Out();
        var command = new Command("coordinators", "Deliver the coordinators' monthly reports, each center's to its channel.") { month, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ReportMonth? m = null;
            if (parse.GetValue(month) is { } text)
            {
                if (!ReportMonth.TryParse(text, out var parsed)) return ReportCommands.Usage("--month must be a month yyyy-MM.");
                m = parsed;
            }
            await using var session = await OpenAsync(parse, cancellationToken);
            var job = ActivatorUtilities.CreateInstance<CoordinatorReportsJob>(session.Services, Delivery(session, parse.GetValue(output)));
            try
            {
                var receipts = m is { } value ? await job.RunAsync(value, cancellationToken) : await job.RunMonthlyAsync(cancellationToken);
                return await ReportAsync(parse, receipts, cancellationToken);
            }
            catch (SpotStoreEmptyException)
            {
                return await SpotSource.EmptyStoreAsync(parse, cancellationToken);
            }
        });
        return command;
    }

    // Registers the report services itself, so the command works whether or not the hub's
    // registration includes them (AddReportDelivery is idempotent).
    private static Task<HubSession> OpenAsync(ParseResult parse, CancellationToken cancellationToken) =>
        HubSession.OpenAsync(parse, cancellationToken, null, null, settings =>
        {
            var builder = Host.CreateEmptyApplicationBuilder(settings);
            builder.Services.AddReportDelivery();
            return (builder, builder.Build);
        });

    private static IReportDelivery Delivery(HubSession session, string? output)
    {
        var options = session.Get<IOptions<ReportsOptions>>().Value;
        if (output is null && options.UsesGraph) return session.Get<IReportDelivery>();
        var folder = output ?? (options.LocalFolder is { Length: > 0 } configured ? configured : Path.Combine(session.DataDir, "reports"));
        return new LocalFolderDelivery(folder, session.Get<ILogger<LocalFolderDelivery>>());
    }

    private static async Task<int> ReportAsync(ParseResult parse, IReadOnlyList<DeliveryReceipt> receipts, CancellationToken cancellationToken)
    {
        var document = new
        {
            deliveries = receipts.Select(r => new { channel = r.Channel, file = r.FileName, status = r.Status, location = r.Location, notified = r.Notified }),
        };
        if (!await JsonOutput.WriteAsync(parse, document, cancellationToken))
            foreach (var r in receipts)
                Console.Error.WriteLine($"{r.FileName} ({r.Channel}): {r.Status}{(r.Location is null ? "" : " -> " + r.Location)}{(r.Notified ? ", card posted" : "")}");
        var undelivered = receipts.Where(r => r.Status == DeliveryReceipt.NoChannel).Select(r => r.Channel).ToList();
        if (undelivered.Count == 0) return 0;
        Console.Error.WriteLine($"amtza: no Teams channel configured for {string.Join(", ", undelivered)} (Reports:Teams): not delivered.");
        return 1;
    }
}
