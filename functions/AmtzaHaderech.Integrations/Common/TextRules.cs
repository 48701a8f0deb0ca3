using System.Buffers;
using System.Text;

namespace AmtzaHaderech.Integrations.Common;

/// Characters no text file of the contracts holds, whatever its encoding: "control characters
/// other than tab, CR and LF" (docs/employment-service.md), and in Windows-1255 the bytes it leaves
/// undefined. A file holding one is in no allowed encoding (`encoding`).
internal static class TextRules
{
    /// The bytes the contract lists as undefined in Windows-1255.
    public static readonly byte[] UndefinedInWindows1255 =
        [0x81, 0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F, 0xCA, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xFB, 0xFC, 0xFF];

    // Control characters as Unicode counts them (category Cc): C0 except tab, LF and CR, then DEL
    // and the C1 block U+0080-U+009F. The contract names no exception beyond tab, CR and LF, and
    // C1 in UTF-8 text is the mark of text already decoded in the wrong code page once.
    // U+FEFF past the start is a second BOM: files glued together, or a BOM pasted into a cell.
    private static readonly string InAnyText =
        string.Concat(Enumerable.Range(0x00, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + '\uFEFF';

    private static readonly SearchValues<char> Forbidden = SearchValues.Create(InAnyText);

    // .NET decodes Windows-1255's undefined bytes instead of failing, even with an exception
    // fallback: to C1 controls, to private-use characters (0xD9-0xDF, 0xFB, 0xFC, 0xFF) and 0xCA
    // to U+05BA (a later table's holam haser). Decoded from Windows-1255, those characters can
    // only have come from those bytes.
    private static readonly SearchValues<char> ForbiddenInWindows1255 = SearchValues.Create(
        InAnyText + CodePagesEncodingProvider.Instance.GetEncoding(1255)!.GetString(UndefinedInWindows1255));

    public static SearchValues<char> ForbiddenIn(string encoding) =>
        encoding == TextDecoding.Windows1255 ? ForbiddenInWindows1255 : Forbidden;
}
