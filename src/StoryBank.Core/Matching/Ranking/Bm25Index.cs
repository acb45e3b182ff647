using StoryBank.Core.Matching.Text;

namespace StoryBank.Core.Matching.Ranking;

/// <summary>Where a query term was found in a story: the field that weighs most and the word as written there.</summary>
public readonly record struct TermHit(string Term, StoryField Field, string Word, double Score);

/// <summary>
/// A BM25F index over stories: each field's term frequencies are normalized by the field's length and weighted
/// (by default title 3, stated uses 2.5, headings 1.5, text 1) before BM25's saturation, so a word in the title counts more than the
/// same word in the text, and a long story is not favoured for being long.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class Bm25Index
{
    private const double K1 = 1.2;
    private static readonly double[] FieldB = [0.3, 0.5, 0.3, 0.75];
    private const int FieldCount = 4;

    private readonly Dictionary<string, Posting[]> _postings;
    private readonly int[,] _lengths;
    private readonly double[] _averageLength = new double[FieldCount];
    private readonly double[] _fieldWeights;

    private readonly record struct Posting(int Story, int[] Frequencies, string[] Words);

    /// <summary>Indexes <paramref name="stories"/>; story <c>i</c> of the list is story <c>i</c> of every result.</summary>
    /// <param name="stories">The stories' fields.</param>
    /// <param name="fieldWeights">The weight of each <see cref="StoryField"/>, in its order.</param>
    public Bm25Index(IReadOnlyList<StoryFields> stories, IReadOnlyList<double> fieldWeights)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(fieldWeights);
        if (fieldWeights.Count != FieldCount)
        {
            throw new ArgumentException($"one weight per field ({FieldCount}) is needed", nameof(fieldWeights));
        }

        _fieldWeights = [.. fieldWeights];
        Count = stories.Count;
        _lengths = new int[stories.Count, FieldCount];
        var building = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var s = 0; s < stories.Count; s++)
        {
            var ofStory = new Dictionary<string, Posting>(StringComparer.Ordinal);
            foreach (var (field, text) in stories[s].Texts())
            {
                foreach (var token in Terms.Tokenize(text))
                {
                    if (Terms.IsStopTerm(token.Term))
                    {
                        continue;
                    }

                    _lengths[s, (int)field]++;
                    if (!ofStory.TryGetValue(token.Term, out var posting))
                    {
                        ofStory[token.Term] = posting = new Posting(s, new int[FieldCount], new string[FieldCount]);
                    }

                    posting.Frequencies[(int)field]++;
                    posting.Words[(int)field] ??= text.Substring(token.Start, token.Length);
                }
            }

            foreach (var (term, posting) in ofStory)
            {
                if (!building.TryGetValue(term, out var list))
                {
                    building[term] = list = [];
                }

                list.Add(posting);
            }
        }

        _postings = building.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        for (var f = 0; f < FieldCount; f++)
        {
            var total = 0L;
            for (var s = 0; s < Count; s++)
            {
                total += _lengths[s, f];
            }

            _averageLength[f] = Count == 0 ? 0 : Math.Max(1.0, (double)total / Count);
        }
    }

    /// <summary>The number of stories indexed.</summary>
    public int Count { get; }

    /// <summary>
    /// Adds each story's BM25F score for <paramref name="terms"/> to <paramref name="scores"/> (one slot per story) and,
    /// when <paramref name="hits"/> is given, records where each term was found.
    /// </summary>
    /// <param name="terms">Distinct query terms, each with its weight in the query.</param>
    /// <param name="scores">One score per story; added to.</param>
    /// <param name="hits">When not null, one list per story to which the terms it holds are added.</param>
    public void Score(IReadOnlyList<(string Term, double Weight)> terms, double[] scores, List<TermHit>?[]? hits = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(scores);
        foreach (var (term, weight) in terms)
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                continue;
            }

            var idf = Math.Log(1 + ((Count - postings.Length + 0.5) / (postings.Length + 0.5)));
            foreach (var posting in postings)
            {
                var frequency = 0.0;
                var best = -1;
                for (var f = 0; f < FieldCount; f++)
                {
                    if (posting.Frequencies[f] == 0)
                    {
                        continue;
                    }

                    var normalized = posting.Frequencies[f] / (1 - FieldB[f] + (FieldB[f] * _lengths[posting.Story, f] / _averageLength[f]));
                    frequency += _fieldWeights[f] * normalized;
                    if (best < 0 || _fieldWeights[f] > _fieldWeights[best])
                    {
                        best = f;
                    }
                }

                var score = weight * idf * frequency / (K1 + frequency);
                scores[posting.Story] += score;
                if (hits is not null)
                {
                    (hits[posting.Story] ??= []).Add(new TermHit(term, (StoryField)best, posting.Words[best], score));
                }
            }
        }
    }
}
