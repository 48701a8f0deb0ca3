using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;

namespace AmtzaHaderech.Integrations.FollowUps.Channels;

/// Writes each message to a file in a folder instead of sending it: the demo, and local runs
/// with no provider configured. One file per reference, so a repeated reference rewrites the
/// same file, as a provider would treat it as the same message. The header says the message's
/// language and, for an SMS, the parts it takes.
public sealed class LocalOutboxChannel(string channel, string folder) : IMessageChannel
{
    public string Channel => channel;

    public string Folder => folder;

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(PathFor(message.Reference));
        var text = new StringBuilder()
            .Append("To: ").Append(message.To).Append('\n')
            .Append("Channel: ").Append(channel).Append('\n')
            .Append("Reference: ").Append(message.Reference).Append('\n')
            .Append("Language: ").Append(message.Language?.Code ?? Localization.Language.HebrewCode).Append('\n');
        if (channel == FollowUpChannels.Sms)
            text.Append("Segments: ").Append(message.Sms.Segments).Append(" (").Append(message.Sms.Encoding).Append(", ").Append(message.Sms.Units).Append(" characters)\n");
        text
            .Append("Subject: ").Append(message.Subject).Append("\n\n")
            .Append(message.Text).Append('\n');
        await File.WriteAllTextAsync(Path.Combine(folder, name), text.ToString(), new UTF8Encoding(false), cancellationToken);
        return SendResult.Sent(name);
    }

    /// The file a message of that reference is written to.
    public string PathFor(string reference) => Path.Combine(folder, $"{channel}-{FileName(reference)}.txt");

    private static string FileName(string reference)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string([.. reference.Select(c => c == '|' || invalid.Contains(c) ? '_' : c)]);
    }
}
