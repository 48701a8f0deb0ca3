using CsvHelper;

namespace AmtzaHaderech.Integrations.Common;

/// How large the parts of an inbound file may be. Every reader checks them while it reads, before
/// anything of the file is parsed further or stored, so a file built to exhaust memory or time is
/// refused whole (`too_large`) at the first part over a bound: a text line, a CSV field, a
/// workbook's cell, or a zip entry of a workbook, inflated or by its compression ratio.
/// Configured in section `Hub` (docs/configuration.md, "Bounds on inbound files").
public sealed record FileLimits(int MaxLineCharacters, int MaxFieldCharacters, long MaxXlsxPartBytes, int MaxXlsxCompressionRatio)
{
    public static readonly FileLimits Default = new(
        MaxLineCharacters: 64 * 1024,
        MaxFieldCharacters: 8 * 1024,
        MaxXlsxPartBytes: 64L * 1024 * 1024,
        MaxXlsxCompressionRatio: 100);

    /// Entries smaller than this inflate as much as they like: a short sheet of repeated cells
    /// compresses far beyond any ratio and threatens nothing (Apache POI's grace size, rounded up).
    public const long RatioGraceBytes = 1024 * 1024;
}

/// A part of a file is over one of its FileLimits. The message names the bound and where the
/// reader was, never the text (it may be personal data).
public sealed class FileTooLargeException(string message) : Exception(message)
{
    /// This, or CsvHelper's own refusal of a field longer than CsvConfiguration.MaxFieldSize.
    public static bool Is(Exception e) => e is FileTooLargeException or MaxFieldSizeException;
}
