namespace AmtzaHaderech.Integrations.Reports.Delivery;

/// A finished workbook on its way to a channel. `Channel` is a key of `Reports:Teams` (a center
/// id, or the program channel); `Year` names the folder it goes into; `FileName` is the same
/// for every run of the same report and month, so a later run replaces the earlier file.
public sealed record ReportFile(string Channel, int Year, string FileName, byte[] Content, ReportNotice Notice);

/// What the card in the channel says: a title, one sentence, a few figures (label, value).
public sealed record ReportNotice(string Title, string Summary, IReadOnlyList<ReportFact> Facts);

public sealed record ReportFact(string Label, string Value)
{
    /// A count as staff read it: 1,234.
    public static ReportFact Count(string label, int value) =>
        new(label, value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
}

/// Where a report went. `Location` is the file's web address in Teams, or the local path.
public sealed record DeliveryReceipt(string Channel, string FileName, string Status, string? Location, bool Notified)
{
    public const string Uploaded = "uploaded";
    public const string Written = "written";
    /// Graph is configured, but not for this channel: nothing was sent.
    public const string NoChannel = "no_channel";
}

public interface IReportDelivery
{
    Task<DeliveryReceipt> DeliverAsync(ReportFile report, CancellationToken cancellationToken = default);
}
