using System.Globalization;
using AmtzaHaderech.Integrations.FollowUps.Announcements;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// The sign-up list cards a delivery posted, as a few lines on screen: per session its title and
/// day with the counts, the coordinators it went to, the first card's people as Teams shows
/// them, and where the workbook is. Each line fits 80 columns: a path has a line of its own.
public static class SignUpListCards
{
    private const int PeopleShown = 3;

    public static void Render(IAnsiConsole console, IReadOnlyList<DeliveredList> delivered)
    {
        if (delivered.Count == 0)
        {
            console.MarkupLine("no sign-up lists to deliver (none due tomorrow, or delivered already)");
            return;
        }
        foreach (var session in delivered.GroupBy(d => d.Notice.Session.Id))
        {
            var first = session.First();
            var notice = first.Notice;
            console.MarkupLine($"{Markup.Escape(notice.Session.Title)}, {notice.Session.Date.ToString("dd/MM", CultureInfo.InvariantCulture)}"
                + $" {notice.Session.Start:HH\\:mm}: {notice.People.Count} of {notice.Session.Seats} seats taken, {notice.Waiting} waiting");
            console.MarkupLine($"  list sent to {string.Join(", ", session.Select(d => Markup.Escape(Addressee(d.Notice))))}");
            foreach (var person in notice.People.Take(PeopleShown))
                console.MarkupLine($"    {Markup.Escape(CoordinatorCard.Who(person.Name, person.Phone))}");
            if (notice.People.Count > PeopleShown)
                console.MarkupLine($"    and {Plural.Of(notice.People.Count - PeopleShown, "more", "more")} in the list");
            if (first.WorkbookPath is { } path)
            {
                console.MarkupLine("  the list to mark, in:");
                WholeLine.Path(console, Path.GetDirectoryName(path)!);
                WholeLine.Path(console, Path.GetFileName(path));
            }
        }
    }

    private static string Addressee(SignUpListNotice notice) => $"{(notice.TeamsUser is null ? "" : "@")}{notice.CoordinatorName}";
}
