using System.Text.Json;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

/// A session's sign-up list as the coordinator gets it: the people holding a seat, named as the
/// SPOT mirror names them (one point read each), in the order they signed up.
public sealed class SignUpLists(WorkshopSeats seats, HubStorage storage, TimeProvider clock)
{
    public async Task<IReadOnlyList<SignUpListEntry>> EntriesAsync(WorkshopSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var entries = new List<SignUpListEntry>();
        foreach (var signUp in (await seats.SignUpsAsync(session.Id, cancellationToken)).Where(s => SignUpStates.HoldsSeat(s.State)))
        {
            var person = await PersonAsync(signUp.ParticipantId, cancellationToken);
            entries.Add(new SignUpListEntry(signUp.ParticipantId, person?.FullName ?? signUp.ParticipantId, person?.Phone,
                signUp.State == SignUpStates.Booked ? "נרשם" : "מקום שהוצע מרשימת ההמתנה"));
        }
        return entries;
    }

    /// The workbook's bytes, as of now.
    public async Task<byte[]> WorkbookAsync(WorkshopSession session, CancellationToken cancellationToken = default)
    {
        var entries = await EntriesAsync(session, cancellationToken);
        using var stream = new MemoryStream();
        SignUpListWorkbook.Write(session, entries, clock.GetUtcNow(), stream);
        return stream.ToArray();
    }

    /// `sign-ups-ksb-20261203-1000.xlsx`.
    public static string FileName(WorkshopSession session) => $"sign-ups-{session?.Id}.xlsx";

    private async Task<SpotParticipant?> PersonAsync(string participantId, CancellationToken cancellationToken)
    {
        var row = await storage.Table(StorageNames.Tables.SpotParticipants).GetEntityIfExistsAsync<TableEntity>(
            participantId, SpotMirrorStore.ParticipantRow, select: ["Data"], cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString("Data") is { } data ? JsonSerializer.Deserialize<SpotParticipant>(data, ParticipantStore.Json) : null;
    }
}
