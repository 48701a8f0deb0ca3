using System.Runtime.CompilerServices;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Facebook.Export;

/// What the first pass learned about an export: fit to import, or why not.
internal sealed record ExportCheck(string? Encoding, string Delimiter, string? QuarantineReason, int Rows);

/// A Leads Center CSV export (docs/facebook.md): UTF-8 or UTF-16 with BOM, comma or tab
/// separated; the lead's columns, then one per question under its field name, then one per
/// consent checkbox under its key, then `lead_status`.
internal static class LeadsCenterExport
{
    public const string Id = "id";
    public const string CreatedTime = "created_time";
    public const string FormId = "form_id";

    /// Columns about the lead, not answers.
    public static readonly IReadOnlySet<string> LeadColumns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        Id, CreatedTime, "ad_id", "ad_name", "adset_id", "adset_name", "campaign_id", "campaign_name",
        FormId, "form_name", "is_organic", "platform", "lead_status",
    };

    /// Encoding, delimiter, required columns (the id and time; the form unless given; the consent
    /// column of every configured form the file's leads use) and the row count. A line or field
    /// over the limits (FileLimits.Default unless given) makes the file `too_large`.
    public static async Task<ExportCheck> CheckAsync(InboundFile file, string? formId, IReadOnlyDictionary<string, FacebookFormOptions> forms,
        FileLimits? limits = null, CancellationToken cancellationToken = default)
    {
        if (file.Length == 0) return new ExportCheck(null, ",", "empty", 0);
        var encoding = await TextDecoding.DetectAsync(file.Open, allowUtf16: true, allowWindows1255: false, cancellationToken);
        if (encoding is null) return new ExportCheck(null, ",", "encoding", 0);
        var delimiter = ",";
        try
        {
            delimiter = await DelimiterAsync(file, encoding, limits, cancellationToken);
            return await CheckRowsAsync(file, encoding, delimiter, formId, forms, limits, cancellationToken);
        }
        catch (Exception e) when (FileTooLargeException.Is(e))
        {
            return new ExportCheck(encoding, delimiter, "too_large", 0);
        }
    }

    private static async Task<ExportCheck> CheckRowsAsync(InboundFile file, string encoding, string delimiter, string? formId,
        IReadOnlyDictionary<string, FacebookFormOptions> forms, FileLimits? limits, CancellationToken cancellationToken)
    {
        using var csv = Csv.Reader(TextDecoding.OpenReader(file.Open(), encoding, limits: limits), delimiter, limits);
        if (!await csv.ReadAsync()) return new ExportCheck(encoding, delimiter, "empty", 0);
        csv.ReadHeader();
        var headers = csv.HeaderRecord!.Select(Csv.CleanHeader).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var required = formId is null ? new[] { Id, CreatedTime, FormId } : [Id, CreatedTime];
        var missing = required.Where(h => !headers.Contains(h)).ToList();
        if (missing.Count > 0) return new ExportCheck(encoding, delimiter, "missing_column:" + string.Join(',', missing), 0);

        var rows = 0;
        var usedForms = new HashSet<string>(StringComparer.Ordinal);
        if (formId is not null) usedForms.Add(formId);
        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            if (formId is null && csv.TryGetField<string>(FormId, out var rowForm) && !string.IsNullOrWhiteSpace(rowForm)) usedForms.Add(rowForm.Trim());
        }
        if (rows == 0) return new ExportCheck(encoding, delimiter, "empty", 0);
        // Without its consent column every lead of the form would look unticked: refuse the file instead.
        var missingConsent = usedForms
            .Select(f => forms.GetValueOrDefault(f)?.ConsentCheckbox)
            .OfType<string>().Where(box => box.Length > 0 && !headers.Contains(box)).Distinct().ToList();
        return missingConsent.Count > 0
            ? new ExportCheck(encoding, delimiter, "missing_column:" + string.Join(',', missingConsent), 0)
            : new ExportCheck(encoding, delimiter, null, rows);
    }

    /// The data rows, 1-based, as header -> value.
    public static async IAsyncEnumerable<(int Row, IReadOnlyDictionary<string, string?> Values)> ReadRowsAsync(
        InboundFile file, ExportCheck check, FileLimits? limits = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var csv = Csv.Reader(TextDecoding.OpenReader(file.Open(), check.Encoding!, limits: limits), check.Delimiter, limits);
        await foreach (var row in Csv.RowsAsync(csv, StringComparer.OrdinalIgnoreCase, cancellationToken))
            yield return row;
    }

    /// One row as a lead: the id without `l:`, the form (the option, else the row's), answers by
    /// column, and the form's consent box ticked when its column says `true` or `1`.
    public static FacebookLeadData ToLead(IReadOnlyDictionary<string, string?> values, string? formId, IReadOnlyDictionary<string, FacebookFormOptions> forms)
    {
        string? Get(string column) => values.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var id = Get(Id);
        if (id is not null && id.StartsWith("l:", StringComparison.OrdinalIgnoreCase)) id = id[2..];
        var form = formId ?? Get(FormId);
        var box = form is null ? null : forms.GetValueOrDefault(form)?.ConsentCheckbox;
        var checkboxes = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (box is { Length: > 0 } && values.ContainsKey(box)) checkboxes[box] = FacebookLeadData.IsTicked(values[box]);
        return new FacebookLeadData
        {
            LeadgenId = id is { Length: > 0 } && id.All(char.IsAsciiDigit) ? id : null,
            FormId = form,
            CreatedTime = FacebookLeadData.ParseTime(Get(CreatedTime)),
            Answers = [.. values.Where(kv => !LeadColumns.Contains(kv.Key) && kv.Key != box)],
            Checkboxes = checkboxes,
            Raw = values,
        };
    }

    // Leads Center writes tab-separated UTF-16 or comma-separated UTF-8: the header line says which.
    private static async Task<string> DelimiterAsync(InboundFile file, string encoding, FileLimits? limits, CancellationToken cancellationToken)
    {
        using var reader = TextDecoding.OpenReader(file.Open(), encoding, limits: limits);
        var header = await reader.ReadLineAsync(cancellationToken) ?? "";
        return header.Contains('\t') ? "\t" : ",";
    }
}
