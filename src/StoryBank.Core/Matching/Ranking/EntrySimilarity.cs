using StoryBank.Core.Matching.Text;

namespace StoryBank.Core.Matching.Ranking;

/// <summary>
/// Short texts that each belong to an item — a story's title and stated uses, the catalogue's questions — compared with a
/// query as wholes: the weighted Dice coefficient of their terms (twice the weight of the shared terms over the weight of
/// both), with each term weighted by its rarity among the entries. "Technical Achievement" is then closer to "your biggest
/// technical achievement" than "your biggest professional mistake" is, though each shares words with it.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class EntrySimilarity
{
    private readonly (int Owner, string Text, string[] Terms, double Weight)[] _entries;
    private readonly Dictionary<string, double> _weights;
    private readonly double _unseenWeight;

    /// <summary>Indexes <paramref name="entries"/>: each text with the index of the item it belongs to.</summary>
    /// <param name="entries">The texts, each with the index of its item.</param>
    /// <param name="prior">A factor (0–1) on each term's weight, for what the entries alone cannot tell; none when null.</param>
    public EntrySimilarity(IEnumerable<(int Owner, string Text)> entries, Func<string, double>? prior = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var terms = entries.Select(e => (e.Owner, e.Text, Terms: ContentTerms(e.Text))).Where(e => e.Terms.Length > 0).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms.SelectMany(e => e.Terms))
        {
            frequency[term] = frequency.GetValueOrDefault(term) + 1;
        }

        _weights = frequency.ToDictionary(f => f.Key, f => Math.Log(1 + ((double)terms.Count / f.Value)) * (prior?.Invoke(f.Key) ?? 1), StringComparer.Ordinal);
        _unseenWeight = Math.Log(1 + terms.Count);
        _entries = [.. terms.Select(e => (e.Owner, e.Text, e.Terms, e.Terms.Sum(t => _weights[t])))];
    }

    /// <summary>
    /// How rare <paramref name="term"/> is among the entries, from 0 (in every entry) to 1 (in none): over the catalogue's
    /// questions, how much a word says about the topic rather than about asking ("project", "team" say little).
    /// </summary>
    public double Rarity(string term) => _weights.TryGetValue(term, out var weight) ? weight / _unseenWeight : 1.0;

    /// <summary>The distinct content terms of <paramref name="text"/> (stop terms left out).</summary>
    public static string[] ContentTerms(string text) =>
        [.. Terms.Tokenize(text).Select(t => t.Term).Where(t => !Terms.IsStopTerm(t)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// For every item, its closest entry to <paramref name="queryTerms"/> (distinct content terms): the similarity (0–1)
    /// goes into <paramref name="best"/> and the entry's text into <paramref name="bestText"/> when it beats what is there.
    /// </summary>
    public void Closest(IReadOnlyCollection<string> queryTerms, double[] best, string?[] bestText)
    {
        ArgumentNullException.ThrowIfNull(queryTerms);
        ArgumentNullException.ThrowIfNull(best);
        ArgumentNullException.ThrowIfNull(bestText);
        var queryWeight = queryTerms.Sum(t => _weights.GetValueOrDefault(t, _unseenWeight));
        if (queryWeight == 0)
        {
            return;
        }

        foreach (var (owner, text, terms, weight) in _entries)
        {
            var shared = 0.0;
            foreach (var term in terms)
            {
                if (queryTerms.Contains(term))
                {
                    shared += _weights[term];
                }
            }

            var similarity = 2 * shared / (queryWeight + weight);
            if (similarity > best[owner])
            {
                best[owner] = similarity;
                bestText[owner] = text;
            }
        }
    }
}
