using System.Buffers;

namespace StoryBank.Core.Coach.Text;

/// <summary>A sentence of a passage: its offset and length in the passage's prose.</summary>
internal readonly record struct Sentence(int Start, int Length, string Text)
{
    private static readonly string[] Abbreviations = ["e.g", "i.e", "vs", "etc", "approx", "mr", "dr", "inc", "no", "st"];

    /// <summary>Characters that can end a sentence: a line break always, the others when a space or the end follows.</summary>
    private static readonly SearchValues<char> Ends = SearchValues.Create("\n.!?;");

    public int End => Start + Length;

    /// <summary>Splits prose at sentence ends (. ! ? followed by a space) and at line breaks; trims each sentence.</summary>
    public static Sentence[] Split(string prose)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = prose.AsSpan().IndexOfAny(Ends); i >= 0; i = prose.AsSpan(i + 1).IndexOfAny(Ends) is var next and >= 0 ? i + 1 + next : -1)
        {
            var c = prose[i];
            var ends = c == '\n' || ((i + 1 == prose.Length || char.IsWhiteSpace(prose[i + 1])) && !IsAbbreviation(prose, i));
            if (ends)
            {
                Add(sentences, prose, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }

        Add(sentences, prose, start, prose.Length);
        return [.. sentences];
    }

    private static bool IsAbbreviation(string prose, int dot)
    {
        if (prose[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(prose[wordStart - 1]) || prose[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = prose.AsSpan(wordStart, dot - wordStart);
        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<Sentence> sentences, string prose, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(prose[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(prose[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, prose[start..end]));
        }
    }
}
