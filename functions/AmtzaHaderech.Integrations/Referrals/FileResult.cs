namespace AmtzaHaderech.Integrations.Referrals;

public static class FileStatuses
{
    public const string Imported = "imported";
    public const string Quarantined = "quarantined";
}

/// One file's result, as the import commands' `--json` prints it (docs/cli.md).
public sealed record FileResult
{
    public required string File { get; init; }
    public required string Status { get; init; }
    public string? Reason { get; init; }
    public string? Encoding { get; init; }
    public int Rows { get; init; }
    public Dictionary<string, int> Counts { get; init; } = Outcomes.All.ToDictionary(o => o, _ => 0);
    public List<RecordResult> Records { get; init; } = [];

    public static FileResult Quarantined(string file, string reason, string? encoding) =>
        new() { File = file, Status = FileStatuses.Quarantined, Reason = reason, Encoding = encoding };

    /// Counts a record's outcome, and keeps the record unless only counts are wanted (a blob
    /// trigger's memory then stays flat however long the file).
    public void Add(RecordResult record, bool keepRecord)
    {
        if (keepRecord) Records.Add(record);
        Counts[record.Outcome]++;
    }
}

public sealed record ImportResult(IReadOnlyList<FileResult> Files)
{
    public bool AnyQuarantined => Files.Any(f => f.Status == FileStatuses.Quarantined);
}
