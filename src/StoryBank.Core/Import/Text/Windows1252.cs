using System.Buffers;
using System.Text;

namespace StoryBank.Core.Import.Text;

/// <summary>The Windows-1252 code page: legacy-file decoding and the char → byte map mojibake repair needs.</summary>
internal static class Windows1252
{
    private const int FirstHighByte = 0x80;

    // Declared first: the tables below are built from it, and static initializers run in textual order.
    /// <summary>The Windows-1252 encoding (from the code-pages provider, without registering it globally).</summary>
    public static Encoding Encoding { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // Indexed by char; 0 means "not a single Windows-1252 byte in 0x80–0xFF". Built from the code page itself,
    // plus the C1 controls U+0080–U+009F as their own byte: that is what a Latin-1 misread produces, and what
    // .NET yields for the five bytes Windows-1252 leaves undefined.
    private static readonly byte[] HighByteOfChar = BuildHighByteMap();

    // .NET decodes the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) to the C1 control of the same value.
    private static readonly SearchValues<byte> UndefinedBytes = SearchValues.Create(
        HighBytes().Where(value => Encoding.GetString([value])[0] == (char)value && value < 0xA0).ToArray());

    /// <summary>The byte 0x80–0xFF that <paramref name="c"/> is in Windows-1252 or Latin-1, or 0 if none.</summary>
    public static byte HighByteOf(char c) => c < HighByteOfChar.Length ? HighByteOfChar[c] : (byte)0;

    /// <summary>
    /// Whether BOM-less, non-UTF-8 bytes read as Windows-1252 text: no byte the code page leaves undefined, and
    /// high bytes mostly standing alone between ASCII (accented letters, quotes, dashes) rather than in the long
    /// high-byte runs of another legacy code page (Cyrillic, CJK).
    /// </summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.ContainsAny(UndefinedBytes))
        {
            return false;
        }

        var highBytes = 0;
        var adjacentPairs = 0;
        var position = 0;
        while (position < bytes.Length)
        {
            var skip = bytes[position..].IndexOfAnyInRange((byte)FirstHighByte, byte.MaxValue);
            if (skip < 0)
            {
                break;
            }

            position += skip;
            highBytes++;
            if (position + 1 < bytes.Length && bytes[position + 1] >= FirstHighByte)
            {
                adjacentPairs++;
            }

            position++;
        }

        // A few neighbours ("«¡Hola!»", "…”") are ordinary; most high bytes in pairs is another code page.
        return adjacentPairs <= 2 || adjacentPairs * 4 <= highBytes;
    }

    private static byte[] HighBytes() =>
        Enumerable.Range(FirstHighByte, byte.MaxValue - FirstHighByte + 1).Select(value => (byte)value).ToArray();

    private static byte[] BuildHighByteMap()
    {
        var highBytes = HighBytes();
        var chars = Encoding.GetString(highBytes);
        var map = new byte[chars.Max() + 1];
        for (var i = 0; i < highBytes.Length; i++)
        {
            map[chars[i]] = highBytes[i];
            map[FirstHighByte + i] = highBytes[i];
        }

        return map;
    }
}
