namespace StoryBank.Core.Coach.Text;

/// <summary>A word of prose: its offset in the text and its lower-case form.</summary>
internal readonly record struct Word(int Start, int Length, string Lower)
{
    public int End => Start + Length;
}

/// <summary>Splits prose into words: runs of letters, digits, apostrophes and inner hyphens.</summary>
internal static class Words
{
    public static List<Word> Of(string text, int start = 0, int length = -1)
    {
        var end = length < 0 ? text.Length : start + length;
        var words = new List<Word>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && (char.IsLetterOrDigit(text[i])
                || (text[i] is '\'' or '’' or '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > wordStart)))
            {
                i++;
            }

            words.Add(new Word(wordStart, i - wordStart, text[wordStart..i].ToLowerInvariant().Replace('’', '\'')));
        }

        return words;
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
