using System.Globalization;
using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.CallLists;
using AmtzaHaderech.Integrations.Spreadsheets;
using AmtzaHaderech.Integrations.Teams;

namespace AmtzaHaderech.Integrations.FollowUps.Announcements;

/// One coordinator's people to call from a run: `People` all of them (the call list has every
/// one), `CenterName` and `CoordinatorName` as configured, `TeamsUser` to @mention when known.
public sealed record CoordinatorCall(string CenterName, string CoordinatorName, string? TeamsUser, IReadOnlyList<CallListEntry> People);

/// The Teams card that tells a coordinator whom to call (docs/follow-ups.md, "The coordinator's
/// card"): addressed to them (an @mention where their Teams user is configured), right to left,
/// a line per person with name, phone, why and how long since the last contact, and a button
/// that opens the whole call list. A long list shows its first `Shown` people and says how many
/// more the list holds, so the card stays far below Teams' message limit (about 28 KB) however
/// many there are. People's names and phones go into TextRuns, which Teams never reads as
/// markdown, so a name cannot turn into a link or formatting.
public static class CoordinatorCard
{
    public const int Shown = 12;

    // A name or phone longer than this is cut: one odd SPOT field cannot blow the card's size.
    private const int MaxFieldLength = 60;

    public static JsonObject Message(CoordinatorCall call, string callListUrl)
    {
        ArgumentNullException.ThrowIfNull(call);
        var addressee = Addressee(call.CoordinatorName, call.TeamsUser);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = $"{addressee}, {ToCall(call.People.Count)}", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = $"{call.CenterName}: משתתפים שלא ענו להודעות, שביקשו שיחה או שאין דרך לשלוח להם הודעה.", ["isSubtle"] = true, ["wrap"] = true },
        };
        foreach (var person in call.People.Take(Shown)) body.Add(Person(person));
        var more = call.People.Count - Shown;
        if (more > 0)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"ועוד {Number(more)} ברשימת השיחות.", ["weight"] = "Bolder", ["wrap"] = true, ["spacing"] = "Medium" });
        return TeamsCard.WithButton(body, $"רשימת השיחות ({Number(call.People.Count)})", callListUrl,
            Teams(call.CoordinatorName, call.TeamsUser), lang: "he");
    }

    /// What the card shows of a person, as plain text (the demo prints it too): who and how to
    /// reach them, why to call, and how long since anyone spoke with them.
    public static (string Who, string Why, string? Since) Lines(CallListEntry person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return (Who(person.Name, person.Phone), person.Reason, person.DaysSince is { } days ? $"{CallReasons.Days(days)} מהקשר האחרון" : null);
    }

    private static JsonObject Person(CallListEntry person)
    {
        var (who, why, since) = Lines(person);
        return new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["spacing"] = "Small",
            ["items"] = new JsonArray(
                Text(who, bold: true),
                Text(since is null ? why : $"{why} · {since}", bold: false)),
        };
    }

    /// A person as a card's line shows them: the name and the phone as staff dial it, each cut
    /// short if SPOT's field is oddly long.
    public static string Who(string name, string? phone) => Cut(name) + (phone is { Length: > 0 } p ? " · " + Cut(Dialed(p)) : "");

    /// The coordinator as the card's first line names them: an @mention where Teams knows them.
    internal static string Addressee(string name, string? teamsUser) => teamsUser is null ? name : $"<at>{name}</at>";

    internal static JsonObject Text(string text, bool bold)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (bold) run["weight"] = "Bolder";
        else run["isSubtle"] = true;
        return new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(run) };
    }

    /// The card's `msteams` part: full width, and the mention's entity where the Teams user is known.
    internal static JsonObject Teams(string name, string? teamsUser)
    {
        var teams = new JsonObject { ["width"] = "Full" };
        if (teamsUser is { } user)
            teams["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{name}</at>",
                ["mentioned"] = new JsonObject { ["id"] = user, ["name"] = name },
            });
        return teams;
    }

    private static string ToCall(int count) => count == 1 ? "משתתף אחד להתקשר אליו" : $"{Number(count)} משתתפים להתקשר אליהם";

    // An Israeli number as staff dial it (050-1234567), anything else as SPOT has it.
    private static string Dialed(string phone) =>
        IsraeliPhone.ToE164(phone) is { } e164 && CellText.Phone(e164) is var local && !CellText.IsRisky(local) && local[0] != '\'' ? local : phone;

    private static string Cut(string text) => text.Length <= MaxFieldLength ? text : text[..(MaxFieldLength - 1)] + "…";

    internal static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
