using System.Buffers;

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

    /// <summary>ASCII characters that are not letters or digits: a word cannot start on one.</summary>
    private static readonly SearchValues<char> AsciiNonWord = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c))]);

    /// <summary>ASCII letters, digits and the characters that join the parts of one word ("don't", "3.5", "1,000", "re-run").</summary>
    private static readonly SearchValues<char> AsciiWordOrJoiner = SearchValues.Create(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'-.,");

    /// <summary>
    /// The number of spoken words: runs of letters, digits and joining characters (' ’ - . ,) that start with a letter or digit.
    /// </summary>
    public static int Count(string text)
    {
        var count = 0;
        for (var at = 0; at < text.Length && text.AsSpan(at).IndexOfAnyExcept(AsciiNonWord) is var skip and >= 0;)
        {
            // The search stops on the next ASCII letter or digit, or on any non-ASCII character, to be looked at.
            at += skip;
            if (char.IsLetterOrDigit(text[at]))
            {
                count++;
                at = EndOfWord(text, at + 1);
            }
            else
            {
                at++;
            }
        }

        return count;
    }

    /// <summary>Where the word that goes on at <paramref name="at"/> ends: past its letters, digits and joining characters.</summary>
    private static int EndOfWord(string text, int at)
    {
        while (at < text.Length && text.AsSpan(at).IndexOfAnyExcept(AsciiWordOrJoiner) is var run and >= 0)
        {
            at += run;
            if (!char.IsLetterOrDigit(text[at]) && text[at] != '’')
            {
                return at;
            }

            at++;
        }

        return text.Length;
    }
}
