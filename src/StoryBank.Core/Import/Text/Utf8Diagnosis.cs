using System.Buffers;
using System.Globalization;
using System.Text;

namespace StoryBank.Core.Import.Text;

/// <summary>What is wrong with bytes that are not valid UTF-8.</summary>
/// <param name="FirstInvalidOffset">The offset of the first byte that starts no valid sequence.</param>
/// <param name="HasValidMultiByteSequence">
/// Whether any valid multi-byte sequence occurs before the scan stopped; true means the bytes are UTF-8 with
/// damage, false that they are in a single-byte legacy encoding.
/// </param>
internal readonly record struct Utf8Diagnosis(int FirstInvalidOffset, bool HasValidMultiByteSequence)
{
    /// <summary>Scans <paramref name="bytes"/>, which must not be valid UTF-8.</summary>
    public static Utf8Diagnosis Of(ReadOnlySpan<byte> bytes)
    {
        var firstInvalid = -1;
        var hasMultiByte = false;
        var position = 0;
        while (position < bytes.Length && (firstInvalid < 0 || !hasMultiByte))
        {
            var ascii = bytes[position..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            position += ascii;
            if (Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed) == OperationStatus.Done)
            {
                hasMultiByte = true;
            }
            else if (firstInvalid < 0)
            {
                firstInvalid = position;
            }

            position += consumed;
        }

        return new Utf8Diagnosis(firstInvalid, hasMultiByte);
    }

    /// <summary>The failure naming the first invalid byte by line and column.</summary>
    public DecodeFailure ToFailure(ReadOnlySpan<byte> bytes, string? reason = null)
    {
        var before = bytes[..FirstInvalidOffset];
        var crlfs = before.Count("\r\n"u8);
        var line = 1 + before.Count((byte)'\n') + before.Count((byte)'\r') - crlfs;
        var lineStart = before.LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        var column = 1 + CountScalars(before[lineStart..]);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"invalid UTF-8 byte 0x{bytes[FirstInvalidOffset]:X2} at line {line}, column {column}{reason}");
        return new DecodeFailure(DecodeFailureKind.InvalidEncoding, line, message);
    }

    // The prefix is valid UTF-8, so every byte that is not a continuation byte starts one character.
    private static int CountScalars(ReadOnlySpan<byte> validUtf8)
    {
        var count = 0;
        foreach (var value in validUtf8)
        {
            count += (value & 0xC0) == 0x80 ? 0 : 1;
        }

        return count;
    }
}
