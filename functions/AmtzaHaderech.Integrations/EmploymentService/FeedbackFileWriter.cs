using System.Text;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.EmploymentService;

public sealed record FeedbackFile(string BlobName, string FileName, int Rows, byte[] Content);

/// The daily feedback file (docs/employment-service.md): every status change recorded up to the end
/// of D that no earlier date's file reported. Running it again for the same D writes the same
/// content, because a change reported on D stays in D's file. Written by SafeCsvWriter: the
/// referral number and national ID only when they are digits, the note as text.
public sealed class FeedbackFileWriter(FeedbackEvents events, PlacementFeedback placements, HubStorage storage, IOptions<HubOptions> options)
{
    private static readonly string[] Header = ["מספר_הפניה", "מספר_זהות", "סטטוס", "תאריך_סטטוס", "תאריך_תחילת_עבודה", "הערות"];

    public async Task<FeedbackFile> WriteAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var programCode = options.Value.ProgramCode;
        await placements.RecordAsync(date, cancellationToken);
        var due = (await events.ForProgramAsync(programCode, cancellationToken))
            .Where(e => e.Event.StatusDate <= date && (e.Event.ReportedOn is null || e.Event.ReportedOn >= date))
            // By referral within a day, each referral's changes as they happened: the same file
            // however many rows or instances an import decided at once.
            .OrderBy(e => e.Event.StatusDate).ThenBy(e => e.Event.ReferralId, StringComparer.Ordinal).ThenBy(e => e.Entity.GetDateTimeOffset("RecordedAt"))
            .ToList();

        var content = Render(due.Select(e => e.Event));
        var fileName = $"es-feedback_{programCode}_{date:yyyyMMdd}.csv";
        var blobName = $"employment-service/{fileName}";
        await storage.Container(StorageNames.Containers.Outbound).GetBlobClient(blobName)
            .UploadAsync(new BinaryData(content), overwrite: true, cancellationToken);
        // Marked only after the file is stored: a crash before this line re-reports, never loses.
        foreach (var (entity, change) in due.Where(e => e.Event.ReportedOn != date))
            await events.MarkReportedAsync(entity, date, cancellationToken);
        return new FeedbackFile(blobName, fileName, due.Count, content);
    }

    public static byte[] Render(IEnumerable<FeedbackEvent> changes)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            using var csv = new SafeCsvWriter(text);
            csv.Texts(Header).EndRow();
            var count = 0;
            foreach (var c in changes)
            {
                csv.Digits(c.ReferralId).Digits(c.NationalId).Text(c.Status)
                    .Date(c.StatusDate, "dd/MM/yyyy").Date(c.WorkStartDate, "dd/MM/yyyy").Text(c.Note);
                csv.EndRow();
                count++;
            }
            csv.Flush();
            text.Write($"#סה\"כ,{count}\r\n");
        }
        return buffer.ToArray();
    }
}
