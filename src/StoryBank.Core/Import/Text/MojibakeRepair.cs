using System.Buffers;
using System.Text;

namespace StoryBank.Core.Import.Text;

/// <summary>
/// Repairs text that went through UTF-8 → Windows-1252 (or Latin-1) → UTF-8: "ðŸŽ¯" back to 🎯, "â†’" to →,
/// "Ã©" to é. A run of characters that are each one high Windows-1252 byte is mapped back to those bytes, and
/// every valid, plausible UTF-8 multi-byte sequence among them is decoded; anything else in the run is kept
/// as it was, so correct text ("café", "£5", "—") and damaged sequences (a lost or '?'-replaced byte) pass through.
/// </summary>
internal static class MojibakeRepair
{
    // Double and triple encoding happen (a file misread twice); deeper nesting is not worth guessing at.
    private const int MaxEncodingLayers = 3;

    private const char NoCharacter = '\0';

    /// <summary>
    /// The first UTF-8 byte of every character a repair can start at (U+00C2–U+00F4): UTF-8 bytes without it
    /// decode to text with nothing to repair.
    /// </summary>
    public const byte Utf8LeadOfRepairStart = 0xC3;

    // The characters that stand for a UTF-8 lead byte 0xC2–0xF4: every repair starts at one of them.
    private static readonly SearchValues<char> LeadByteChars =
        SearchValues.Create(Enumerable.Range(0xC2, 0xF4 - 0xC2 + 1).Select(value => (char)value).ToArray());

    /// <summary>Repairs <paramref name="text"/> in place (repairs only shorten it) and returns its new length.</summary>
    /// <param name="text">The text to repair.</param>
    /// <param name="repairedRuns">How many runs of mis-decoded characters were repaired.</param>
    public static int RepairInPlace(Span<char> text, out int repairedRuns) => Repair(text, layer: 1, out repairedRuns);

    // Reads ahead of where it writes (write <= read), keeping the last original character read in `previous`
    // because the writes overwrite it.
    private static int Repair(Span<char> text, int layer, out int repairedRuns)
    {
        repairedRuns = 0;
        var read = text.IndexOfAny(LeadByteChars);
        if (read < 0)
        {
            return text.Length;
        }

        var write = read;
        var previous = read > 0 ? text[read - 1] : NoCharacter;
        while (true)
        {
            var runEnd = read + 1;
            while (runEnd < text.Length && Windows1252.HighByteOf(text[runEnd]) != 0)
            {
                runEnd++;
            }

            var run = new Run(read, runEnd, previous, layer);
            previous = text[runEnd - 1];
            var runLength = run.RewriteAt(text, write, out var repaired);
            repairedRuns += repaired ? 1 : 0;
            write += runLength;
            read = runEnd;

            var next = text[read..].IndexOfAny(LeadByteChars);
            var plainLength = next < 0 ? text.Length - read : next;
            if (plainLength > 0)
            {
                previous = text[read + plainLength - 1];
                text.Slice(read, plainLength).CopyTo(text[write..]);
            }

            read += plainLength;
            write += plainLength;
            if (next < 0)
            {
                return write;
            }
        }
    }

    /// <summary>A maximal run of high Windows-1252 characters that starts with a lead-byte character.</summary>
    private readonly record struct Run(int Start, int End, char Before, int Layer)
    {
        // Rewrites the run at text[write..] (write <= Start) and returns the rewritten length. Decoded characters
        // that sit next to each other may themselves be mojibake of an earlier misread: each such group is
        // repaired again, one layer deeper.
        public int RewriteAt(Span<char> text, int write, out bool repaired)
        {
            repaired = false;
            var rewriteStart = write;
            var groupStart = -1;
            var previous = Before;
            var read = Start;
            while (read < End)
            {
                var rest = text[read..End];
                if (TryDecodeSequence(rest, out var rune, out var consumed)
                    && !IsAmbiguousWordEnding(rest, consumed, previous))
                {
                    repaired = true;
                    previous = rest[consumed - 1];
                    groupStart = groupStart < 0 ? write : groupStart;
                    write += rune.EncodeToUtf16(text[write..]);
                    read += consumed;
                }
                else
                {
                    write = RepairGroup(text, groupStart, write);
                    groupStart = -1;
                    previous = text[read];
                    text[write++] = text[read++];
                }
            }

            write = RepairGroup(text, groupStart, write);
            return write - rewriteStart;
        }

        private int RepairGroup(Span<char> text, int groupStart, int groupEnd)
        {
            if (groupStart < 0 || Layer >= MaxEncodingLayers)
            {
                return groupEnd;
            }

            return groupStart + Repair(text[groupStart..groupEnd], Layer + 1, out _);
        }
    }

    private static bool TryDecodeSequence(ReadOnlySpan<char> run, out Rune rune, out int consumed)
    {
        rune = default;
        consumed = run.IsEmpty ? 0 : SequenceLength(Windows1252.HighByteOf(run[0]));
        if (consumed == 0 || consumed > run.Length)
        {
            return false;
        }

        Span<byte> sequence = stackalloc byte[4];
        for (var i = 0; i < consumed; i++)
        {
            sequence[i] = Windows1252.HighByteOf(run[i]);
        }

        return Rune.DecodeFromUtf8(sequence[..consumed], out rune, out var decoded) == OperationStatus.Done
            && decoded == consumed
            && IsPlausible(rune);
    }

    private static int SequenceLength(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    // Correct text can hold a lead-byte letter followed by a symbol that happens to complete a sequence:
    // "Straße“" is ß + “ = DF 93, "CAFÉ—" is É + — = C9 97. Such accidents decode to characters real text
    // almost never contains (IPA and modifier letters, Syriac to Samaritan, unassigned planes, private use),
    // whereas genuine mojibake decodes to Latin, Greek, Cyrillic, Hebrew, Arabic, punctuation, CJK or emoji.
    // Windows-1252's own characters (ˆ and ˜ sit among the modifier letters) are always plausible: the first
    // layer of a double misread consists of them.
    private static bool IsPlausible(Rune rune)
    {
        if (rune.IsBmp && Windows1252.HighByteOf((char)rune.Value) != 0)
        {
            return true;
        }

        return rune.Value switch
        {
            >= 0x240 and <= 0x2FF => false,
            >= 0x700 and <= 0x8FF => false,
            >= 0xE0000 and <= 0xE0FFF => true,
            >= 0x40000 => false,
            _ => true,
        };
    }

    // A word ending in à–ï (not â) followed by two symbols reads as a CJK or Hangul character: "fermé…”" is
    // E9 85 94, "testé »" (no-break space) is E9 A0 BB. Genuine CJK mojibake right after a Latin letter
    // ("Python编程") comes as several characters, so such a sequence is repaired only when another follows.
    private static bool IsAmbiguousWordEnding(ReadOnlySpan<char> run, int consumed, char before) =>
        consumed == 3
        && run[0] is >= 'à' and <= 'ï' and not 'â'
        && IsWordLetter(before)
        && !TryDecodeSequence(run[consumed..], out _, out _);

    // Mojibake continuation characters (ª µ º Š œ...) are letters too, but they end a decoded sequence, not a word.
    private static bool IsWordLetter(char c) => char.IsLetter(c) && Windows1252.HighByteOf(c) is 0 or >= 0xC0;
}
