namespace StoryBank.Core.Import.Text;

/// <summary>Line-ending normalization: CRLF and lone CR become LF.</summary>
internal static class LineEndings
{
    /// <summary>Normalizes <paramref name="text"/> in place and returns its new length.</summary>
    public static int NormalizeInPlace(Span<char> text)
    {
        var read = text.IndexOf('\r');
        if (read < 0)
        {
            return text.Length;
        }

        var write = read;
        while (read < text.Length)
        {
            text[write++] = '\n';
            read++;
            if (read < text.Length && text[read] == '\n')
            {
                read++;
            }

            var next = text[read..].IndexOf('\r');
            var plainLength = next < 0 ? text.Length - read : next;
            text.Slice(read, plainLength).CopyTo(text[write..]);
            read += plainLength;
            write += plainLength;
        }

        return write;
    }
}
