namespace StoryBank.Core.Coach.Text;

/// <summary>Splits prose into words: runs of letters, digits, apostrophes and inner hyphens.</summary>
internal static class Words
{
    /// <summary>The words of <paramref name="text"/> from <paramref name="start"/> as (start, length) pairs, without allocating.</summary>
    public static WordSpans Spans(string text, int start, int length) => new(text, start, start + length);

    /// <summary>Enumerates word spans (letters, digits, inner apostrophes and hyphens).</summary>
    internal struct WordSpans(string text, int at, int end)
    {
        public (int Start, int Length) Current { get; private set; }

        public readonly WordSpans GetEnumerator() => this;

        public bool MoveNext()
        {
            while (at < end && !char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            if (at >= end)
            {
                return false;
            }

            var wordStart = at;
            while (at < end && (char.IsLetterOrDigit(text[at])
                || (text[at] is '\'' or '’' or '-' && at + 1 < end && char.IsLetterOrDigit(text[at + 1]) && at > wordStart)))
            {
                at++;
            }

            Current = (wordStart, at - wordStart);
            return true;
        }
    }

    /// <summary>The number of spoken words (tokens with at least one letter or digit).</summary>
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar || (inWord && c is '\'' or '’' or '-' or '.' or ',');
        }

        return count;
    }
}
