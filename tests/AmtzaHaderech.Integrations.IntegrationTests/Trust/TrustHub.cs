using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.Facebook.Webhook;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.IntegrationTests.Facebook;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.IntegrationTests.Intake;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.IntegrationTests.Trust;

/// What the hub holds about one person, for "nothing changed": the person's document as stored,
/// their SPOT outbox rows, and every conference invitation in the store.
public sealed record StoreSnapshot(string Person, IReadOnlyList<string> Outbox, IReadOnlyList<string> Invitations);

/// `amtza serve`'s application on 23 November 2026 holding one person the Employment Service
/// referred (Dana, eligible, invited to Kfar Saba's conference of the 29th), with Facebook's
/// Graph faked and messages written to a local outbox folder: every channel a stranger can type
/// into, through its real endpoint or importer.
public sealed class TrustHub : IAsyncDisposable
{
    public const string AttackerPhone = "054-6660000";
    public const string AttackerPhoneE164 = "+972546660000";
    public const string AttackerEmail = "attacker@evil.example";
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly Dictionary<string, string> Victim = EsFileBuilder.Row(1);

    private readonly FacebookGraphFake _graph = new();
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "amtza-trust-" + Guid.NewGuid().ToString("N")[..8]);

    private TrustHub(HubWebApp app) => App = app;

    public HubWebApp App { get; private set; } = null!;
    public string VictimId { get; private set; } = "";
    public string VictimNationalId => Victim["מספר_זהות"];
    public T Get<T>() where T : notnull => App.Get<T>();

    public static async Task<TrustHub> StartAsync(AzuriteFixture azurite)
    {
        var hub = new TrustHub(null!);
        hub.App = await HubWebApp.StartAsync(azurite, Today, new Dictionary<string, string?>(DemoCommand.ConferenceVenues)
        {
            ["Facebook:AppSecret"] = FacebookHub.AppSecret,
            ["Facebook:VerifyToken"] = FacebookHub.VerifyToken,
            ["Facebook:PageAccessToken"] = FacebookGraphFake.PageToken,
            ["Facebook:GraphBaseUrl"] = hub._graph.Url,
            ["Facebook:ApiVersion"] = FacebookGraphFake.ApiVersion,
            ["FollowUps:Conferences:ksb:0"] = "2026-11-29",
            ["FollowUps:OutboxFolder"] = hub._outbox,
        });
        var bytes = new EsFileBuilder().Add(Victim).Build();
        var imported = await hub.Get<EmploymentServiceImporter>().ImportAsync(new InboundFile("es-referrals_4521_20261123_01.csv", bytes.Length, () => new MemoryStream(bytes)));
        var victim = Assert.Single(imported.Records);
        Assert.Equal((Outcomes.Accepted, "eligible"), (victim.Outcome, victim.Screening));
        hub.VictimId = victim.ParticipantId!;
        return hub;
    }

    public async Task<Participant> VictimAsync() => (await Get<ParticipantStore>().GetAsync(VictimId))!.Participant;

    public async Task<StoreSnapshot> SnapshotAsync()
    {
        var person = JsonSerializer.Serialize(await VictimAsync());
        var outbox = new List<string>();
        await foreach (var row in Get<HubStorage>().Table(StorageNames.Tables.Participants).QueryAsync<TableEntity>(OutboxRows.InPartition(VictimId)))
            outbox.Add(row.RowKey + " " + row.GetString("Data"));
        var invitations = (await Get<FollowUpStore>().LoadAsync()).Invitations.Select(i => $"{i.ParticipantId} {i.ConferenceOn}").Order().ToList();
        return new StoreSnapshot(person, outbox, invitations);
    }

    /// The victim's answers on the intake form, as the Employment Service has them.
    public Dictionary<string, string> VictimsAnswers()
    {
        var answers = IntakeFormClient.Answers(VictimNationalId, Victim["טלפון_נייד"]);
        answers["firstName"] = Victim["שם_פרטי"];
        answers["lastName"] = Victim["שם_משפחה"];
        (answers["birthDay"], answers["birthMonth"], answers["birthYear"]) = ("14", "3", "1968");
        answers["emailConsent"] = "yes"; // the Employment Service's referral allows both channels
        return answers;
    }

    /// The attack of issue 17: the victim's national ID, another name and birth date, the
    /// attacker's phone and e-mail, every consent.
    public Dictionary<string, string> AttackersAnswers()
    {
        var answers = IntakeFormClient.Answers(VictimNationalId, AttackerPhone);
        (answers["firstName"], answers["lastName"]) = ("מאיר", "גנבי");
        (answers["birthDay"], answers["birthMonth"], answers["birthYear"]) = ("1", "1", "1960");
        answers["gender"] = "M";
        answers["email"] = AttackerEmail;
        answers["emailConsent"] = "yes";
        return answers;
    }

    public Task<FormReply> SubmitFormAsync(Dictionary<string, string> answers) => new IntakeFormClient(App).SubmitAsync(answers);

    /// A lead as Graph returns it after the signed webhook named it, fetched as `amtza serve` does.
    public async Task<RecordResult> SubmitFacebookLeadAsync(string leadgenId, string fullName, string phone, string email)
    {
        _graph.AddLead(new JsonObject
        {
            ["id"] = leadgenId,
            ["created_time"] = "2026-11-23T08:00:00+0000",
            ["ad_id"] = "120210000000000777",
            ["form_id"] = "98765432101234567",
            ["is_organic"] = false,
            ["field_data"] = new JsonArray(
                new JsonObject { ["name"] = "full_name", ["values"] = new JsonArray(fullName) },
                new JsonObject { ["name"] = "phone_number", ["values"] = new JsonArray(phone) },
                new JsonObject { ["name"] = "email", ["values"] = new JsonArray(email) }),
        }.ToJsonString());
        var body = Encoding.UTF8.GetBytes(
            $$$"""{"object":"page","entry":[{"id":"111222333444555","time":1795162542,"changes":[{"field":"leadgen","value":{"leadgen_id":{{{leadgenId}}},"form_id":"98765432101234567","created_time":1795162542}}]}]}""");
        using var http = App.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/facebook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, FacebookHub.AppSecret));
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal(1, await Get<FetchFacebookLeadHandler>().DrainAsync());
        return (await LedgerAsync(Sources.Facebook)).Single(e => e.Result.Key == leadgenId).Result;
    }

    /// A Microsoft Forms export (the bundled sample's columns) with one row, through its importer.
    public async Task<RecordResult> ImportIntakeExportRowAsync(string row)
    {
        var header = (await File.ReadAllLinesAsync(AmtzaCli.Sample("intake", "microsoft-forms_2026-11.csv")))[0];
        var bytes = Encoding.UTF8.GetBytes(header + "\r\n" + row + "\r\n");
        var file = await Get<IntakeExportImporter>().ImportAsync("microsoft-forms", new InboundFile("microsoft-forms_2026-11.csv", bytes.Length, () => new MemoryStream(bytes)));
        return Assert.Single(file.Records);
    }

    public async Task<List<LedgerEntry>> LedgerAsync(string source) =>
        await Get<IntakeLedger>().AllAsync().Where(e => e.Source == source).ToListAsync();

    /// The follow-ups run on the day of the conference reminder, at 10:00: who got a message.
    public async Task<IReadOnlyList<string>> MessageRecipientsAfterRemindersAsync()
    {
        var at = IsraelTime.At(new DateOnly(2026, 11, 26), new TimeOnly(10, 0));
        App.Clock.SetUtcNow(at);
        await Get<FollowUpRunner>().RunAsync(at);
        return Directory.Exists(_outbox)
            ? [.. Directory.GetFiles(_outbox, "*.txt", SearchOption.AllDirectories).Select(f => File.ReadLines(f).First())]
            : [];
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        _graph.Dispose();
        if (Directory.Exists(_outbox)) Directory.Delete(_outbox, recursive: true);
    }
}
