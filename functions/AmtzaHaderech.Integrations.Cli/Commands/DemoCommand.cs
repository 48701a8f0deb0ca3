using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Facebook.Export;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Files;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza demo`: the main job end to end on the bundled samples, in a fresh store under
/// `<data-dir>/demo`, with the clock at the samples' day.
public static class DemoCommand
{
    public const string SamplesDay = "2026-11-26";
    private const string IntakeProfile = "microsoft-forms";
    private static readonly DateOnly ReportDay = new(2018, 11, 1);

    /// The demo's exposure conferences (none are configured by default): every center on the
    /// Sunday 3 days after the samples' day, so the eligible leads the imports invite are
    /// reminded in the demo's run, and a month later.
    public static readonly IReadOnlyDictionary<string, string?> ConferenceCalendar =
        new[] { "tlv", "ksb", "mod" }.SelectMany(center => new[]
        {
            KeyValuePair.Create($"FollowUps:Conferences:{center}:0", (string?)"2026-11-29"),
            KeyValuePair.Create($"FollowUps:Conferences:{center}:1", (string?)"2026-12-27"),
        }).ToDictionary();

    /// Where the demo's conferences take place: a venue per center with its start time, address
    /// (in Hebrew, Russian and Arabic), map link and directions. Sample places: a deployment
    /// configures its own (FollowUps:ConferenceVenues, docs/configuration.md); none ship.
    public static readonly IReadOnlyDictionary<string, string?> ConferenceVenues = new Dictionary<string, string?>
    {
        ["FollowUps:ConferenceVenues:tlv:Time"] = "10:00",
        ["FollowUps:ConferenceVenues:tlv:Address"] = "אולם הכנסים, רחוב יגאל אלון 65, קומה 2, תל אביב",
        ["FollowUps:ConferenceVenues:tlv:AddressTranslations:ru"] = "Конференц-зал, ул. Игаль Алон 65, 2-й этаж, Тель-Авив",
        ["FollowUps:ConferenceVenues:tlv:AddressTranslations:ar"] = "قاعة المؤتمرات، شارع يغئال ألون 65، الطابق 2، تل أبيب",
        ["FollowUps:ConferenceVenues:tlv:MapUrl"] = "https://www.google.com/maps/search/?api=1&query=Yigal+Alon+65+Tel+Aviv",
        ["FollowUps:ConferenceVenues:tlv:Directions"] = "חמש דקות הליכה מתחנת הרכבת השלום. יש חניון בתשלום בבניין.",
        ["FollowUps:ConferenceVenues:tlv:DirectionsTranslations:ru"] = "Пять минут пешком от станции поезда «А-Шалом». В здании есть платная парковка.",
        ["FollowUps:ConferenceVenues:tlv:DirectionsTranslations:ar"] = "خمس دقائق مشيًا من محطة القطار \"هشالوم\". في المبنى موقف سيارات مدفوع.",
        ["FollowUps:ConferenceVenues:ksb:Time"] = "10:00",
        ["FollowUps:ConferenceVenues:ksb:Address"] = "מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא",
        ["FollowUps:ConferenceVenues:ksb:AddressTranslations:ru"] = "Центр «Амца а-Дерех», ул. Вейцман 140, Кфар-Саба",
        ["FollowUps:ConferenceVenues:ksb:AddressTranslations:ar"] = "مركز أمتسع هديرخ، شارع فايتسمان 140، كفار سابا",
        ["FollowUps:ConferenceVenues:ksb:MapUrl"] = "https://www.google.com/maps/search/?api=1&query=Weizmann+140+Kfar+Saba",
        ["FollowUps:ConferenceVenues:ksb:Directions"] = "קווי אוטובוס 29 ו-501 עוצרים מול הבניין. יש חניה חינם ברחוב.",
        ["FollowUps:ConferenceVenues:ksb:DirectionsTranslations:ru"] = "Автобусы 29 и 501 останавливаются напротив здания. На улице есть бесплатная парковка.",
        ["FollowUps:ConferenceVenues:ksb:DirectionsTranslations:ar"] = "الحافلات 29 و501 تتوقف مقابل المبنى. يوجد موقف مجاني في الشارع.",
        ["FollowUps:ConferenceVenues:mod:Time"] = "10:00",
        ["FollowUps:ConferenceVenues:mod:Address"] = "מתנ\"ס אבני חן, שדרות החשמונאים 8, מודיעין",
        ["FollowUps:ConferenceVenues:mod:AddressTranslations:ru"] = "Общинный центр «Авней Хен», бульвар А-Хашмонаим 8, Модиин",
        ["FollowUps:ConferenceVenues:mod:AddressTranslations:ar"] = "المركز الجماهيري أفني حين، جادة هحشمونائيم 8، موديعين",
        ["FollowUps:ConferenceVenues:mod:Directions"] = "עשר דקות הליכה מתחנת הרכבת מודיעין מרכז. יש חניה ליד הכניסה.",
        ["FollowUps:ConferenceVenues:mod:DirectionsTranslations:ru"] = "Десять минут пешком от станции поезда «Модиин-Мерказ». У входа есть парковка.",
        ["FollowUps:ConferenceVenues:mod:DirectionsTranslations:ar"] = "عشر دقائق مشيًا من محطة القطار \"موديعين مركز\". يوجد موقف قرب المدخل.",
    };

    // Step 1 reports the sample's quarantined file itself; the hub's warning about it would say
    // it again on a log line wider than the terminal. Other warnings still show.
    private static readonly IReadOnlyDictionary<string, string?> Settings = ConferenceCalendar.Concat(ConferenceVenues).Concat(DemoWorkshops.Calendar)
        .Append(KeyValuePair.Create($"Logging:LogLevel:{typeof(Quarantine).FullName}", (string?)"Error")).ToDictionary();

    public static Command Create()
    {
        var command = new Command("demo", "Run the hub end to end on the bundled samples and show what it did.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var demoDir = Path.GetFullPath(Path.Combine(parse.GetValue(GlobalOptions.DataDir)!, "demo"));
            if (Directory.Exists(demoDir)) Directory.Delete(demoDir, recursive: true);
            var outDir = Path.Combine(demoDir, "out");
            Directory.CreateDirectory(outDir);
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");

            await using var session = await HubSession.OpenAsync(parse, cancellationToken, demoDir, SamplesDay, Settings);
            var console = JsonOutput.Requested(parse) ? ProgressDisplay.ErrorConsole : AnsiConsole.Console;
            console.Write(new Rule("[bold]Amtza HaDerech hub - demo on the bundled samples[/]"));

            console.MarkupLine("[bold]1. Employment Service referral files[/]");
            var esFiles = Directory.GetFiles(Path.Combine(samples, "employment-service"), "es-referrals_*.csv").Order(StringComparer.Ordinal).Select(f => new FileInfo(f));
            var importer = session.Get<EmploymentServiceImporter>();
            var es = await ImportCommands.ImportAllAsync(esFiles, (file, progress) => importer.ImportAsync(file, progress, cancellationToken: cancellationToken));
            ImportSummary.Render(console, es);

            console.MarkupLine("[bold]2. Municipal mailing lists (Kfar Saba, Modi'in) and intake form exports[/]");
            var municipal = await ImportMunicipalListsAsync(session, samples, cancellationToken);
            ImportSummary.Render(console, municipal);
            // Microsoft Forms exports; the later one's answer was given in the form's Russian version.
            var intakeFiles = Directory.GetFiles(Path.Combine(samples, "intake"), "microsoft-forms_*.csv").Order(StringComparer.Ordinal).Select(f => new FileInfo(f));
            var intakeImporter = session.Get<IntakeExportImporter>();
            var intake = await ImportCommands.ImportAllAsync(intakeFiles, (file, progress) => intakeImporter.ImportAsync(IntakeProfile, file, progress, cancellationToken: cancellationToken));
            ImportSummary.Render(console, intake);

            console.MarkupLine("[bold]3. Facebook Lead Ads (the webhook's leads from Graph, a Leads Center export)[/]");
            var facebook = await ImportFacebookAsync(session, samples, cancellationToken);
            ImportSummary.Render(console, facebook);
            var waiting = await ReviewCommands.WaitingAsync(session, cancellationToken);
            ReviewTables.RenderSummary(console, waiting);

            console.MarkupLine("[bold]4. Feedback to the Employment Service[/]");
            var feedback = await session.Get<FeedbackFileWriter>().WriteAsync(DateOnly.Parse(SamplesDay), cancellationToken);
            var feedbackPath = Path.Combine(outDir, feedback.FileName);
            await File.WriteAllBytesAsync(feedbackPath, feedback.Content, cancellationToken);
            console.MarkupLine($"{Plural.Of(feedback.Rows, "status change")}:");
            WholeLine.Path(console, feedbackPath);

            console.MarkupLine("[bold]5. SPOT import files (file mode: staff upload them instead of typing)[/]");
            var pushed = await session.Get<SpotFileGateway>().PushAsync(SpotPushScope.All, cancellationToken);
            var spotPaths = await SpotCommands.CopyFilesAsync(session, pushed.Files, outDir, cancellationToken);
            foreach (var (file, path) in pushed.Files.Zip(spotPaths))
            {
                console.MarkupLine($"{file.Kind}: {Plural.Of(file.Rows, "change")}:");
                WholeLine.Path(console, path!);
            }
            console.MarkupLine($"{Plural.Of(pushed.Sent, "change")} written, {pushed.Pending} pending, {pushed.Failed.Count} failed");

            console.MarkupLine("[bold]6. SPOT export (the program's history, mirrored as it is)[/]");
            var spot = await session.Get<SpotExportImporter>().ImportFolderAsync(Path.Combine(samples, "spot-export"), cancellationToken);
            console.MarkupLine($"participants {spot.Counts.Participants.Imported}, jobs {spot.Counts.Employment.Imported}, activities {spot.Counts.Activities.Imported} imported; {Plural.Of(spot.Quarantined.Count, "row")} quarantined");

            console.MarkupLine($"[bold]7. Reports from the store (the SPOT history ends in 2018: as of {ReportDay:yyyy-MM-dd})[/]");
            var stored = await session.Get<SpotStoreReader>().LoadAsync(cancellationToken);
            var history = stored.Data;
            var directory = session.Get<CenterDirectory>();
            var centers = directory.Centers.Select(c => c.Id).ToList();
            var program = ProgramMetrics.Compute(history, ReportDay, centers);
            var programPath = Path.Combine(outDir, $"program-report-{ReportDay:yyyy-MM-dd}.xlsx");
            await using (var file = File.Create(programPath)) ProgramWorkbook.Write(program, file, stored.Status.Describe(), directory.Names);
            await File.WriteAllTextAsync(Path.ChangeExtension(programPath, ".json"), MetricsJson.Serialize(program), cancellationToken);
            var all = program.Centers.Last();
            console.MarkupLine($"program report: {Plural.Of(all.Total, "participant")}, {all.Active} active, placement rate {all.PlacementRate:P1}:");
            WholeLine.Path(console, programPath);
            var month = new ReportMonth(ReportDay.AddMonths(-1).Year, ReportDay.AddMonths(-1).Month);
            // As the monthly job makes it: the month's unanswered check-ins from the store (none
            // yet: the history ends in 2018, and the check-ins go out in step 9).
            var unanswered = await session.Get<FollowUpQueries>().UnansweredFollowUpsAsync(month, cancellationToken);
            var coordinators = CoordinatorMetrics.Compute(history, month, centers, unanswered);
            foreach (var center in CoordinatorWorkbook.Centers(coordinators))
            {
                var path = Path.Combine(outDir, $"coordinators-{center}-{month}.xlsx");
                await using var file = File.Create(path);
                CoordinatorWorkbook.Write(coordinators, center, file, stored.Status.Describe(), directory.Names);
                console.MarkupLine($"coordinators' report {Markup.Escape(center)} {month}:");
                WholeLine.Path(console, path);
            }

            console.MarkupLine($"[bold]8. Follow-ups due at {ReportDay:yyyy-MM-dd} (instead of phone calls)[/]");
            var plan = session.Get<FollowUpPlanner>().Plan(history, ReportDay, PlannerState.Fresh);
            var byRule = new Table().AddColumns("rule", "status", "items");
            foreach (var group in plan.Items.GroupBy(i => (i.Rule, i.Status)).OrderBy(g => g.Key.Rule, StringComparer.Ordinal))
                byRule.AddRow(group.Key.Rule, group.Key.Status, group.Count().ToString());
            console.Write(byRule);

            var today = DateOnly.Parse(SamplesDay, CultureInfo.InvariantCulture);
            // At today's send time (10:00), so the items due today go out with the overdue ones.
            var sendTime = session.Get<QuietTimes>().SendTimeFor(today);
            var now = session.Get<TimeProvider>().GetUtcNow();
            var runAt = sendTime > now && IsraelTime.DateOf(sendTime) == today ? sendTime : now;
            console.MarkupLine($"[bold]9. Follow-ups sent today ({SamplesDay}, {TimeZoneInfo.ConvertTime(runAt, IsraelTime.Zone):HH:mm} Israel time) to the local outbox[/]");
            var invited = (await session.Get<FollowUpStore>().LoadAsync(cancellationToken)).Invitations;
            console.MarkupLine($"{Plural.Of(invited.Count, "eligible lead")} invited to their center's exposure conference " +
                $"({string.Join(", ", invited.Select(i => i.ConferenceOn).Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))});");
            console.MarkupLine("their reminders go 3 days before (rule conference below)");
            var run = await session.Get<FollowUpRunner>().RunAsync(runAt, cancellationToken);
            var outboxes = FollowUpsRunCommand.Outboxes(session.Get<MessageChannels>());
            FollowUpsRunCommand.Render(console, run, outboxes);
            DemoMessages.Render(console, run, session.Get<MessageChannels>());

            // Nobody answers in a demo: reminders after 4 and 10 days, then, two weeks on, the
            // check-ins go to the coordinators, and the Teams card that announces them is written
            // beside the messages (teams/).
            var reminderRuns = new List<FollowUpRunResult>();
            foreach (var days in new[] { 4, 10 })
            {
                var at = runAt.AddDays(days);
                console.MarkupLine($"[bold]{10 + reminderRuns.Count}. {days} days later ({IsraelTime.DateOf(at):yyyy-MM-dd}): a reminder to those who did not answer[/]");
                reminderRuns.Add(await session.Get<FollowUpRunner>().RunAsync(at, cancellationToken));
                FollowUpsRunCommand.Render(console, reminderRuns[^1], outboxes);
            }
            var later = runAt.AddDays(14);
            console.MarkupLine($"[bold]12. Two weeks later ({IsraelTime.DateOf(later):yyyy-MM-dd}): unanswered check-ins to the coordinators[/]");
            var laterRun = await session.Get<FollowUpRunner>().RunAsync(later, cancellationToken);
            FollowUpsRunCommand.Render(console, laterRun, outboxes);
            CoordinatorCards.Render(console, laterRun.Cards);

            console.MarkupLine("[bold]13. Workshops in Kfar Saba: sign-ups, the list, attendance to SPOT[/]");
            var workshops = await DemoWorkshops.RunAsync(session, [run, .. reminderRuns, laterRun], outDir, console, cancellationToken);

            console.MarkupLine($"[bold]14. What works: the evaluation report as of {SamplesDay}[/]");
            var evaluationPath = await WriteEvaluationAsync(session, history, today, outDir, stored.Status.Describe(), console, cancellationToken);

            console.Write(new Rule());
            console.MarkupLine("Store (Azurite data):");
            WholeLine.Path(console, demoDir);
            console.MarkupLine("Inspect it with:");
            WholeLine.Command(console, $"amtza referrals list --data-dir {demoDir}");
            WholeLine.Command(console, $"amtza review list --data-dir {demoDir}");
            console.MarkupLine("Outputs:");
            WholeLine.Path(console, outDir);
            await JsonOutput.WriteAsync(parse, new
            {
                employmentService = es.Files,
                municipal = municipal.Files,
                intake = intake.Files,
                facebook = facebook.Files,
                reviews = ReviewTables.SummaryJson(waiting),
                feedback = new { file = feedbackPath, rows = feedback.Rows },
                spotImportFiles = pushed.Files.Zip(spotPaths).Select(f => new { kind = f.First.Kind, rows = f.First.Rows, file = f.Second }),
                spotExport = spot,
                programReport = programPath,
                evaluationReport = evaluationPath,
                followUps = plan.Items.Count,
                conferenceInvitations = invited.Count,
                followUpsRun = FollowUpsRunCommand.ToJson(run, outboxes),
                followUpsReminders = reminderRuns.Select(r => FollowUpsRunCommand.ToJson(r, outboxes)),
                followUpsTwoWeeksLater = FollowUpsRunCommand.ToJson(laterRun, outboxes),
                workshops = new
                {
                    invitations = workshops.Invitations,
                    signedUp = workshops.SignedUp,
                    walkIn = workshops.WalkIn,
                    listsDelivered = workshops.Delivered,
                    markedList = workshops.MarkedList,
                    attendance = workshops.Attendance.Select(o => new { participantId = o.ParticipantId, state = o.State, signedUp = o.SignedUp }),
                    spotWorkshopRows = workshops.SpotWorkshopRows,
                    spotActivitiesFile = workshops.SpotFile,
                },
                outputs = outDir,
            }, cancellationToken);
            return 0;
        });
        return command;
    }

    /// The evaluation report as of the samples' day: SPOT's history for the channels and
    /// workshops, the referrals the demo imported for the funnel (their 12 months end today).
    private static async Task<string> WriteEvaluationAsync(HubSession session, SpotSnapshot history, DateOnly today, string outDir,
        string dataSource, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var (from, to) = EvaluationMetrics.DefaultWindow(today);
        var referrals = await session.Get<ReferralFunnelReader>().LoadAsync(from, to, cancellationToken);
        var report = EvaluationMetrics.Compute(history, today, referrals, from, to);
        var path = Path.Combine(outDir, $"evaluation-report-{today:yyyy-MM-dd}.xlsx");
        await using (var file = File.Create(path)) EvaluationWorkbook.Write(report, file, dataSource);
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".json"), MetricsJson.Serialize(report), cancellationToken);
        EvaluationSummary.Render(console, report);
        WholeLine.Path(console, path);
        return path;
    }

    /// The bundled lists in expected.json's order, each through the profile its name starts with.
    // `amtza serve` receives the signed webhook and fetches each lead from Graph; the demo has no
    // Graph, so it hands the fetched leads (samples/facebook/lead-*.json) to the same importer.
    private static async Task<ImportResult> ImportFacebookAsync(HubSession session, string samples, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(samples, "facebook");
        var webhook = new FileResult { File = "webhook-batch.json", Status = FileStatuses.Imported };
        foreach (var lead in Directory.GetFiles(folder, "lead-*.json").Order(StringComparer.Ordinal))
            webhook.Add(await session.Get<FacebookLeadImporter>().ImportGraphLeadAsync(await File.ReadAllTextAsync(lead, cancellationToken), cancellationToken), keepRecord: true);
        webhook = webhook with { Rows = webhook.Records.Count };
        var export = await session.Get<FacebookLeadsExportImporter>().ImportAsync(InboundFile.FromPath(Path.Combine(folder, "leads-export.csv")), cancellationToken: cancellationToken);
        return new ImportResult([webhook, export]);
    }

    private static async Task<ImportResult> ImportMunicipalListsAsync(HubSession session, string samples, CancellationToken cancellationToken)
    {
        var importer = session.Get<MunicipalImporter>();
        var lists = new[] { "kfar-saba", "modiin" }
            .SelectMany(profile => Directory.GetFiles(Path.Combine(samples, "municipal"), profile + "_*").Order(StringComparer.Ordinal)
                .Select(path => (Profile: profile, File: new FileInfo(path))))
            .ToList();
        var files = lists.Select(l => l.File);
        var profiles = lists.ToDictionary(l => l.File.Name, l => l.Profile);
        return await ImportCommands.ImportAllAsync(files, (file, progress) => importer.ImportAsync(profiles[file.Name], file, progress, cancellationToken: cancellationToken));
    }
}
