using System.IO.Compression;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tabular;

/// A workbook is a zip package, and a zip is a promise of size it need not keep: 400 KB can
/// inflate to 400 MB. Before anything parses a workbook, every entry is inflated once into
/// nothing and counted, stopping at the first one past the limits: the declared sizes are
/// checked first, then the bytes as they really come (a crafted header can lie about both).
internal static class XlsxPackageCheck
{
    // A workbook of sheets, styles and a few images has tens of entries; a zip of a million tiny
    // ones costs memory in its directory alone, before any entry is opened.
    public const int MaxEntries = 10_000;

    /// Null when the package is within the limits; else the quarantine reason: `too_large`, or
    /// `unreadable` when the bytes are no zip. Leaves the stream open.
    public static string? Check(Stream stream, FileLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries) return "too_large";
            foreach (var entry in zip.Entries)
                if (IsOver(entry.Length, entry.CompressedLength, limits) || IsOver(InflatedLength(entry, limits), entry.CompressedLength, limits))
                    return "too_large";
            return null;
        }
        catch (InvalidDataException)
        {
            return "unreadable";
        }
    }

    private static bool IsOver(long inflated, long compressed, FileLimits limits) =>
        inflated > limits.MaxXlsxPartBytes
        || (inflated > FileLimits.RatioGraceBytes && inflated > compressed * limits.MaxXlsxCompressionRatio);

    // The entry's inflated length, counted no further than one byte past the part limit.
    private static long InflatedLength(ZipArchiveEntry entry, FileLimits limits)
    {
        using var content = entry.Open();
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total <= limits.MaxXlsxPartBytes && (read = content.Read(buffer)) > 0) total += read;
        return total;
    }
}
