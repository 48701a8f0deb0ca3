using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// The demo's look at what participants received: a conference reminder in Hebrew and the one
/// in Russian (the day, the time and the place, one short link), and a Hebrew check-in, each as
/// its file in the local outbox holds it, with the SMS parts it took.
internal static class DemoMessages
{
    public static void Render(IAnsiConsole console, FollowUpRunResult run, MessageChannels channels)
    {
        if (channels.For(FollowUpChannels.Sms) is not LocalOutboxChannel outbox) return;
        var samples = new[]
        {
            run.Messages.FirstOrDefault(m => m.Rule == FollowUpRules.Conference && m.Language == "he" && m.Channel == FollowUpChannels.Sms),
            run.Messages.FirstOrDefault(m => m.Rule == FollowUpRules.Conference && m.Language == "ru" && m.Channel == FollowUpChannels.Sms),
            run.Messages.FirstOrDefault(m => m.Rule == FollowUpRules.Quarterly && m.Language == "he" && m.Channel == FollowUpChannels.Sms),
        }.OfType<MessageSent>().ToList();
        if (samples.Count == 0) return;
        console.MarkupLine("Three of the messages, as sent:");
        foreach (var message in samples)
        {
            var path = outbox.PathFor(message.Reference);
            if (!File.Exists(path)) continue;
            var what = message.Rule == FollowUpRules.Conference ? "conference reminder" : "check-in";
            console.MarkupLine($"{what}, {message.Language}, {message.Segments} SMS parts ({message.Characters} characters):");
            foreach (var line in Body(path).SelectMany(l => Wrap(l, console.Profile.Width - 2)))
                console.Profile.Out.Writer.WriteLine("  " + line);
        }
    }

    // The text after the file's header (To, Channel, ..., Subject, then an empty line).
    private static IEnumerable<string> Body(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).SkipWhile(l => l.Length > 0).Skip(1);

    // Words to lines of at most `width` characters; a word longer than that (a link) on its own.
    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
