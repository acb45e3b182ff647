using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace StoryBank.Core.Import.Text;

/// <summary>
/// Turns the bytes of a file into text: detects the encoding (BOM, UTF-16 by NUL pattern, UTF-8, else
/// Windows-1252), rejects binary and empty content, normalizes line endings to <c>\n</c> and repairs mojibake.
/// Stateless and thread-safe.
/// </summary>
public static class TextDecoder
{
    private const string Utf8Name = "utf-8";
    private const string Windows1252Name = "windows-1252";
    private const char ByteOrderMark = '\uFEFF';

    private static readonly DecodeResult EmptyFile =
        DecodeResult.Fail(new DecodeFailure(DecodeFailureKind.Empty, 0, "the file is empty"));

    private static readonly DecodeResult BinaryFile =
        DecodeResult.Fail(new DecodeFailure(DecodeFailureKind.Binary, 0, "binary file (not text)"));

    /// <summary>Decodes <paramref name="bytes"/>; never throws on bad input.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return EmptyFile;
        }

        var sniffed = SniffedEncoding.FromByteOrderMark(bytes);
        if (sniffed is null && bytes.Contains((byte)0))
        {
            sniffed = SniffedEncoding.Utf16FromNulPattern(bytes);
            if (sniffed is null)
            {
                return BinaryFile;
            }
        }

        return sniffed is { IsByteOriented: false }
            ? DecodeWide(bytes[sniffed.PreambleLength..], sniffed)
            : DecodeSingleByte(bytes[(sniffed?.PreambleLength ?? 0)..], sniffed);
    }

    // UTF-8 with or without BOM, or, without BOM and when the bytes are not UTF-8, Windows-1252.
    private static DecodeResult DecodeSingleByte(ReadOnlySpan<byte> bytes, SniffedEncoding? bom)
    {
        if (BinaryContent.Detect(bytes))
        {
            return BinaryFile;
        }

        if (Utf8.IsValid(bytes))
        {
            var name = bom?.Name ?? Utf8Name;

            // The common case, nothing to rewrite, decodes straight into the result string.
            return bytes.IndexOfAny((byte)'\r', MojibakeRepair.Utf8LeadOfRepairStart) < 0
                ? Finish(Encoding.UTF8.GetString(bytes), name, repairs: 0)
                : DecodeNormalizeAndRepair(bytes, Encoding.UTF8, name, repairMojibake: true);
        }

        var diagnosis = Utf8Diagnosis.Of(bytes);
        if (bom is not null || diagnosis.HasValidMultiByteSequence)
        {
            return DecodeResult.Fail(diagnosis.ToFailure(bytes));
        }

        // Bytes the user saved as Windows-1252 hold no UTF-8 to repair; a "repair" would only invent characters.
        return Windows1252.LooksLikeText(bytes)
            ? DecodeNormalizeAndRepair(bytes, Windows1252.Encoding, Windows1252Name, repairMojibake: false)
            : DecodeResult.Fail(diagnosis.ToFailure(bytes, " (the file is neither UTF-8 nor Windows-1252 text)"));
    }

    // UTF-16 and UTF-32: control characters can only be counted once decoded.
    private static DecodeResult DecodeWide(ReadOnlySpan<byte> bytes, SniffedEncoding encoding)
    {
        var buffer = ArrayPool<char>.Shared.Rent(encoding.Encoding.GetMaxCharCount(bytes.Length));
        try
        {
            var text = buffer.AsSpan(0, encoding.Encoding.GetChars(bytes, buffer));
            return BinaryContent.Detect(text) ? BinaryFile : NormalizeAndRepair(text, encoding.Name, repairMojibake: true);
        }
        catch (DecoderFallbackException)
        {
            var message = $"invalid {encoding.Name.ToUpperInvariant()} data (broken surrogate pair or truncated)";
            return DecodeResult.Fail(new DecodeFailure(DecodeFailureKind.InvalidEncoding, 0, message));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // The work buffer is pooled: for a bank of 100 KB it would otherwise be a second large-object allocation per file.
    private static DecodeResult DecodeNormalizeAndRepair(ReadOnlySpan<byte> bytes, Encoding encoding, string name, bool repairMojibake)
    {
        var buffer = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(bytes.Length));
        try
        {
            return NormalizeAndRepair(buffer.AsSpan(0, encoding.GetChars(bytes, buffer)), name, repairMojibake);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Line endings and mojibake repair only ever shorten the text, so both work in the decode buffer.
    private static DecodeResult NormalizeAndRepair(Span<char> text, string name, bool repairMojibake)
    {
        text = text[..LineEndings.NormalizeInPlace(text)];
        var repairs = 0;
        if (repairMojibake)
        {
            text = text[..MojibakeRepair.RepairInPlace(text, out repairs)];
        }

        return Finish(new string(text), name, repairs);
    }

    private static DecodeResult Finish(string text, string name, int repairs)
    {
        // A byte-order mark that was itself misread and re-saved ("ï»¿") only shows up once repaired.
        if (text.StartsWith(ByteOrderMark))
        {
            text = text[1..];
        }

        return string.IsNullOrWhiteSpace(text)
            ? EmptyFile
            : DecodeResult.Success(new DecodedText(text, name, repairs));
    }
}
