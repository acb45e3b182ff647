using System.Buffers;
using System.Collections.Frozen;

namespace StoryBank.Core.Coach.Text;

/// <summary>A word of a passage that some rules look for: where it starts and which rules (one bit each).</summary>
internal readonly record struct TriggerHit(int Start, int Rules);

/// <summary>
/// The words several rules look for, found in one pass over a text: each word of the text is looked up once (case
/// aside) and reported with the rules that look for it.
/// </summary>
/// <remarks>
/// Words are runs of ASCII letters, digits and underscores. Every such run is whole in the regular-expression sense
/// too (<c>\b</c> on both sides), so a pattern match that holds a trigger word holds it as one of these runs.
/// </remarks>
internal sealed class WordTriggers
{
    private static readonly SearchValues<char> WordChars = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rulesOf;
    private readonly int _shortest;
    private readonly int _longest;

    /// <param name="wordsPerRule">The words of each rule; rule i gets bit i (at most 32 rules).</param>
    public WordTriggers(IReadOnlyList<IEnumerable<string>> wordsPerRule)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wordsPerRule.Count, 32);
        var rulesOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var rule = 0; rule < wordsPerRule.Count; rule++)
        {
            foreach (var word in wordsPerRule[rule])
            {
                if (word.Length == 0 || word.AsSpan().ContainsAnyExcept(WordChars))
                {
                    throw new ArgumentException($"\"{word}\" is not one word of ASCII letters and digits", nameof(wordsPerRule));
                }

                rulesOf[word] = rulesOf.GetValueOrDefault(word) | (1 << rule);
            }
        }

        _rulesOf = rulesOf.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _shortest = rulesOf.Keys.Min(w => w.Length);
        _longest = rulesOf.Keys.Max(w => w.Length);
    }

    /// <summary>The trigger words of <paramref name="text"/>, in order.</summary>
    public TriggerHit[] Find(string text)
    {
        List<TriggerHit>? hits = null;
        for (var at = 0; at < text.Length && text.AsSpan(at).IndexOfAny(WordChars) is var skip and >= 0;)
        {
            var start = at + skip;
            var length = text.AsSpan(start).IndexOfAnyExcept(WordChars) is var end and >= 0 ? end : text.Length - start;
            if (length >= _shortest && length <= _longest && _rulesOf.TryGetValue(text.AsSpan(start, length), out var rules))
            {
                (hits ??= []).Add(new TriggerHit(start, rules));
            }

            at = start + length;
        }

        return hits is null ? [] : [.. hits];
    }
}
