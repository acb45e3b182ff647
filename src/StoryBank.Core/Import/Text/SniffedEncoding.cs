using System.Text;

namespace StoryBank.Core.Import.Text;

/// <summary>An encoding recognised from a file's first bytes.</summary>
/// <param name="Name">The name reported to the user ("utf-16le"...).</param>
/// <param name="Encoding">A strict decoder for the text after the preamble.</param>
/// <param name="PreambleLength">How many leading bytes are a byte-order mark.</param>
internal sealed record SniffedEncoding(string Name, Encoding Encoding, int PreambleLength)
{
    /// <summary>UTF-8 with a byte-order mark.</summary>
    public static SniffedEncoding Utf8WithBom { get; } = new("utf-8-bom", new UTF8Encoding(false, true), 3);

    /// <summary>Whether the content is read one byte per code unit (UTF-8 family), as opposed to UTF-16/32.</summary>
    public bool IsByteOriented => Encoding is UTF8Encoding;

    /// <summary>The encoding announced by a byte-order mark, or null when there is none.</summary>
    public static SniffedEncoding? FromByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Utf8WithBom,
        [0xFF, 0xFE, 0x00, 0x00, ..] => new("utf-32le", new UTF32Encoding(false, false, true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new("utf-32be", new UTF32Encoding(true, false, true), 4),
        [0xFF, 0xFE, ..] => Utf16(bigEndian: false, preambleLength: 2),
        [0xFE, 0xFF, ..] => Utf16(bigEndian: true, preambleLength: 2),
        _ => null,
    };

    /// <summary>
    /// UTF-16 without a byte-order mark, recognised by its NUL bytes: Latin-script UTF-16 has a NUL in one half
    /// of most code units (spaces, line breaks, ASCII) and almost never in the other half. Null when the NULs do
    /// not follow that pattern (binary content).
    /// </summary>
    public static SniffedEncoding? Utf16FromNulPattern(ReadOnlySpan<byte> bytes)
    {
        const int SampleLength = 4096;
        if (bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var codeUnits = sample.Length / 2;
        var (majority, minority, bigEndian) = oddNuls >= evenNuls ? (oddNuls, evenNuls, false) : (evenNuls, oddNuls, true);
        // Even Cyrillic or Greek text has a space or line break in one code unit of sixteen.
        var looksLikeUtf16 = majority * 16 >= codeUnits && minority * 16 <= majority;
        return looksLikeUtf16 ? Utf16(bigEndian, preambleLength: 0) : null;
    }

    private static SniffedEncoding Utf16(bool bigEndian, int preambleLength) =>
        new(bigEndian ? "utf-16be" : "utf-16le", new UnicodeEncoding(bigEndian, false, true), preambleLength);
}
