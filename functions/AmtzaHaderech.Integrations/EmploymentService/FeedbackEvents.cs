using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.EmploymentService;

/// A status change the Employment Service must hear about, reported once, in the first
/// feedback file after it.
public sealed record FeedbackEvent(string ReferralId, string NationalId, string Status, DateOnly StatusDate, DateOnly? WorkStartDate, string? Note, DateOnly? ReportedOn);

/// Records status changes of Employment Service referrals as the pipeline decides them
/// (table `feedback`, partition = the program's code, row = referral + status, so a re-run
/// after a crash records the same change once). Misrouted rows are reported in the program's
/// own file: that is where they arrived.
public sealed class FeedbackEvents(HubStorage storage, IOptions<HubOptions> options, TimeProvider clock) : IReferralObserver
{
    private TableClient Table => storage.Table(StorageNames.Tables.Feedback);

    public async Task OnDecidedAsync(ReferralDecision decision, CancellationToken cancellationToken = default)
    {
        var (record, result) = (decision.Record, decision.Result);
        if (record.Source != Sources.EmploymentService || result.Outcome is Outcomes.Duplicate or Outcomes.Review) return;
        if (!FieldParsing.IsDigits(record.Key, 1, 20)) return;

        var (status, note) = result switch
        {
            { Outcome: Outcomes.Rejected } => (FeedbackStatuses.Rejected, result.Reason),
            { Outcome: Outcomes.Merged } when decision.IntoEnrolledParticipant => (FeedbackStatuses.AlreadyParticipant, null),
            { Screening: ScreeningResults.NotEligible } => (FeedbackStatuses.NotEligible, result.ScreeningReason),
            _ => (FeedbackStatuses.Accepted, (string?)null),
        };
        var nationalId = record.Person?.NationalId ?? RawNationalId(record);
        await AddOnceAsync(options.Value.ProgramCode, decision.Participant?.Id, record.RecordDate, new FeedbackEvent(record.Key, nationalId, status, IsraelTime.Today(clock), null, note, null), cancellationToken);
    }

    public async Task AddOnceAsync(string programCode, string? participantId, DateOnly? referralDate, FeedbackEvent change, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(programCode, $"{change.ReferralId}|{change.Status}")
            {
                ["ReferralId"] = change.ReferralId,
                ["NationalId"] = change.NationalId,
                ["Status"] = change.Status,
                ["StatusDate"] = change.StatusDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["WorkStartDate"] = change.WorkStartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Note"] = change.Note,
                ["RecordedAt"] = clock.GetUtcNow(),
                ["ParticipantId"] = participantId,
                ["ReferralDate"] = referralDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already recorded: a status change is reported once.
        }
    }

    public async Task<List<(TableEntity Entity, FeedbackEvent Event)>> ForProgramAsync(string programCode, CancellationToken cancellationToken = default)
    {
        var all = new List<(TableEntity, FeedbackEvent)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(e => e.PartitionKey == programCode, cancellationToken: cancellationToken))
            all.Add((e, new FeedbackEvent(
                e.GetString("ReferralId"), e.GetString("NationalId"), e.GetString("Status"),
                DateOnly.ParseExact(e.GetString("StatusDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.GetString("WorkStartDate") is { } start ? DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                e.GetString("Note"),
                e.GetString("ReportedOn") is { } reported ? DateOnly.ParseExact(reported, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null)));
        return all;
    }

    public Task MarkReportedAsync(TableEntity entity, DateOnly reportedOn, CancellationToken cancellationToken = default)
    {
        entity["ReportedOn"] = reportedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    // A rejected row may still carry an ID the bureau can recognize: digits, padded as the file
    // wants (9 digits). Anything else is not written back: it may be text meant for a spreadsheet.
    private static string RawNationalId(InboundRecord record) =>
        record.Raw.TryGetValue(EsColumns.NationalId, out var id) && FieldParsing.IsDigits(id?.Trim(), 1, 9) ? id!.Trim().PadLeft(9, '0') : "";
}
