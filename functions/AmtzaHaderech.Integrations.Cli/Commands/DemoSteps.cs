using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// One `amtza demo` run, a method per step, called in order by `DemoCommand.Create`. It holds
/// what every step shares (the session on the fresh store, the console, the samples and out
/// folders) and what a step hands a later one or the `--json` summary. The steps live in the
/// partial files beside this one: DemoSteps.Imports (1-3), DemoSteps.Partners (4-6),
/// DemoSteps.Reports (7, 14), DemoSteps.FollowUps (8-13).
internal sealed partial class DemoSteps : IAsyncDisposable
{
    private readonly HubSession _session;
    private readonly IAnsiConsole _console;
    private readonly string _demoDir;
    private readonly string _outDir;
    private readonly string _samples;
    private readonly DateOnly _today = DateOnly.Parse(DemoCommand.SamplesDay, CultureInfo.InvariantCulture);
    private readonly CancellationToken _cancellationToken;

    // What the steps found, in the order they find it; each is set by its step before any
    // later step or Summary reads it.
    private ImportResult _employmentService = null!;
    private ImportResult _municipal = null!;
    private ImportResult _intake = null!;
    private ImportResult _facebook = null!;
    private IReadOnlyList<WaitingReview> _waiting = [];
    private FeedbackFile _feedback = null!;
    private string _feedbackPath = null!;
    private SpotPushResult _pushed = null!;
    private IReadOnlyList<string?> _spotPaths = [];
    private SpotExportResult _spotExport = null!;
    private SpotStoreData _stored = null!;
    private string _programPath = null!;
    private FollowUpPlan _plan = null!;
    private IReadOnlyList<ConferenceInvitation> _invited = [];
    private DateTimeOffset _runAt;
    private IReadOnlyList<string> _outboxes = [];
    private FollowUpRunResult _run = null!;
    private readonly List<FollowUpRunResult> _reminderRuns = [];
    private FollowUpRunResult _laterRun = null!;
    private DemoWorkshops.Result _workshops = null!;
    private string _evaluationPath = null!;

    private DemoSteps(HubSession session, IAnsiConsole console, string demoDir, string samples, CancellationToken cancellationToken)
    {
        _session = session;
        _console = console;
        _demoDir = demoDir;
        _outDir = Path.Combine(demoDir, "out");
        _samples = samples;
        _cancellationToken = cancellationToken;
    }

    /// The bundled samples, beside the command (the CLI's project copies them there).
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// A fresh store under `<data-dir>/demo` (the last run's deleted), its empty out folder, the
    /// clock at the samples' day, and the demo's title.
    public static async Task<DemoSteps> StartAsync(ParseResult parse, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var demoDir = Path.GetFullPath(Path.Combine(parse.GetValue(GlobalOptions.DataDir)!, "demo"));
        if (Directory.Exists(demoDir)) Directory.Delete(demoDir, recursive: true);
        Directory.CreateDirectory(Path.Combine(demoDir, "out"));
        var samples = SamplesFolder;

        var session = await HubSession.OpenAsync(parse, cancellationToken, demoDir, DemoCommand.SamplesDay, settings);
        var console = JsonOutput.Requested(parse) ? ProgressDisplay.ErrorConsole : AnsiConsole.Console;
        console.Write(new Rule("[bold]Amtza HaDerech hub - demo on the bundled samples[/]"));
        return new DemoSteps(session, console, demoDir, samples, cancellationToken);
    }

    /// Where the store and the outputs are, and the commands to look into the store.
    public void ShowStoreAndOutputs()
    {
        _console.Write(new Rule());
        _console.MarkupLine("Store (Azurite data):");
        WholeLine.Path(_console, _demoDir);
        _console.MarkupLine("Inspect it with:");
        WholeLine.Command(_console, $"amtza referrals list --data-dir {_demoDir}");
        WholeLine.Command(_console, $"amtza review list --data-dir {_demoDir}");
        _console.MarkupLine("Outputs:");
        WholeLine.Path(_console, _outDir);
    }

    /// The `--json` document (docs/cli.md): what each step did, its files by path.
    public object Summary() => new
    {
        employmentService = _employmentService.Files,
        municipal = _municipal.Files,
        intake = _intake.Files,
        facebook = _facebook.Files,
        reviews = ReviewTables.SummaryJson(_waiting),
        feedback = new { file = _feedbackPath, rows = _feedback.Rows },
        spotImportFiles = _pushed.Files.Zip(_spotPaths).Select(f => new { kind = f.First.Kind, rows = f.First.Rows, file = f.Second }),
        spotExport = _spotExport,
        programReport = _programPath,
        evaluationReport = _evaluationPath,
        followUps = _plan.Items.Count,
        conferenceInvitations = _invited.Count,
        followUpsRun = FollowUpsRunCommand.ToJson(_run, _outboxes),
        followUpsReminders = _reminderRuns.Select(r => FollowUpsRunCommand.ToJson(r, _outboxes)),
        followUpsTwoWeeksLater = FollowUpsRunCommand.ToJson(_laterRun, _outboxes),
        workshops = new
        {
            invitations = _workshops.Invitations,
            signedUp = _workshops.SignedUp,
            walkIn = _workshops.WalkIn,
            listsDelivered = _workshops.Delivered,
            markedList = _workshops.MarkedList,
            attendance = _workshops.Attendance.Select(o => new { participantId = o.ParticipantId, state = o.State, signedUp = o.SignedUp }),
            spotWorkshopRows = _workshops.SpotWorkshopRows,
            spotActivitiesFile = _workshops.SpotFile,
        },
        outputs = _outDir,
    };

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
