using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;
using StoryBank.Core.Model;

namespace StoryBank.Core.Coach;

/// <summary>Which section kinds play which role in a story, whatever its framework.</summary>
internal static class StoryParts
{
    /// <summary>What the candidate did: Action, or DIGS's "go through the details".</summary>
    public static readonly SectionKind[] ActionKinds = [SectionKind.Action, SectionKind.Details];

    /// <summary>How it ended: Result, or DIGS's summary.</summary>
    public static readonly SectionKind[] ResultKinds = [SectionKind.Result, SectionKind.Summary];

    /// <summary>Everything said before the Action.</summary>
    public static readonly SectionKind[] SetupKinds =
        [SectionKind.Situation, SectionKind.Task, SectionKind.Context, SectionKind.Challenge, SectionKind.Problem, SectionKind.Obstacle, SectionKind.Dramatize, SectionKind.Pivot];
}

/// <summary>Text that only holds the place of a section or an answer: "TBD", "TODO", "…", "[result]".</summary>
internal static partial class Placeholders
{
    public static bool IsPlaceholder(string prose) => Pattern().IsMatch(prose);

    [GeneratedRegex(@"^\s*(?:tbd|todo|tk|xxx|to be (?:added|written|filled(?: in)?)|fill (?:in|me in)|\.{3}|…|\[[^\]]*\]|<[^>]*>|n/?a|-+|\?+)\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>First-person pronouns, singular and plural.</summary>
internal static class Pronouns
{
    private static readonly string[] Singular = ["i", "me", "my", "myself", "mine", "i'd", "i've", "i'm", "i'll"];
    private static readonly string[] Plural = ["we", "us", "our", "ours", "ourselves", "we'd", "we've", "we're", "we'll"];

    public static bool IsSingular(ReadOnlySpan<char> word) => IsOneOf(word, Singular);

    public static bool IsPlural(ReadOnlySpan<char> word) => IsOneOf(word, Plural);

    /// <summary>First-person singular and plural pronouns in <paramref name="text"/>.</summary>
    public static (int Singular, int Plural) Count(string text)
    {
        var (singular, plural) = (0, 0);
        foreach (var (start, length) in Words.Spans(text, 0, text.Length))
        {
            var word = text.AsSpan(start, length);
            switch (word[0])
            {
                case 'i' or 'I' or 'm' or 'M':
                    singular += IsSingular(word) ? 1 : 0;
                    break;
                case 'w' or 'W' or 'u' or 'U' or 'o' or 'O':
                    plural += IsPlural(word) ? 1 : 0;
                    break;
            }
        }

        return (singular, plural);
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] forms)
    {
        if (word.Length > 9)
        {
            return false;
        }

        Span<char> normal = stackalloc char[word.Length];
        word.ToLowerInvariant(normal);
        normal.Replace('’', '\'');
        foreach (var form in forms)
        {
            if (normal.SequenceEqual(form))
            {
                return true;
            }
        }

        return false;
    }
}
