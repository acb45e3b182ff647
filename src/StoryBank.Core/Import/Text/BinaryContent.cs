using System.Buffers;
using System.Numerics;

namespace StoryBank.Core.Import.Text;

/// <summary>Tells binary content from text: NULs, or too many control characters.</summary>
internal static class BinaryContent
{
    // C0 controls and DEL, except the ones text uses: tab, line feed, form feed, carriage return.
    private const string ControlCharacters =
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000B\u000E\u000F\u0010\u0011\u0012\u0013" +
        "\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F";

    // Text may hold the odd escape or Ctrl-Z; binary data averages about one control byte in nine.
    private const int MaxControlShareDenominator = 20;

    private static readonly SearchValues<char> ControlChars = SearchValues.Create(ControlCharacters);

    private static readonly SearchValues<byte> ControlBytes =
        SearchValues.Create(ControlCharacters.Select(c => (byte)c).ToArray());

    /// <summary>Whether undecoded single-byte content (UTF-8, Windows-1252) is binary.</summary>
    public static bool Detect(ReadOnlySpan<byte> bytes) => Detect(bytes, ControlBytes);

    /// <summary>Whether decoded content is binary.</summary>
    public static bool Detect(ReadOnlySpan<char> text) => Detect(text, ControlChars);

    private static bool Detect<T>(ReadOnlySpan<T> units, SearchValues<T> controls)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (units.Contains(T.Zero))
        {
            return true;
        }

        var tolerated = units.Length / MaxControlShareDenominator;
        var found = 0;
        int next;
        while ((next = units.IndexOfAny(controls)) >= 0)
        {
            if (++found > tolerated)
            {
                return true;
            }

            units = units[(next + 1)..];
        }

        return false;
    }
}
