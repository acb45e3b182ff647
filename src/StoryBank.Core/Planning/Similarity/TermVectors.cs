using StoryBank.Core.Matching.Text;

namespace StoryBank.Core.Planning.Similarity;

/// <summary>A term two texts share and how much it adds to their cosine.</summary>
/// <param name="Word">The term as first written in the bank, lower-cased ("approvals" for the term "approv").</param>
/// <param name="Contribution">The product of the term's weights in both vectors.</param>
internal readonly record struct SharedTerm(string Word, double Contribution);

/// <summary>
/// TF-IDF vectors of a collection of texts (one per story) over their stemmed content terms (<see cref="Terms"/>, stop
/// terms left out): a term weighs (1 + ln tf) · ln(1 + N / df), so a word repeated does not drown the others and a word
/// most stories use counts little; every vector has unit length, so the dot product of two is their cosine (0–1).
/// </summary>
/// <remarks>Immutable once built. Vectors are sparse, sorted by term id; term ids follow first use in text order.</remarks>
internal sealed class TermVectors
{
    private readonly (int Term, double Weight)[][] _vectors;
    private readonly List<(int Document, double Weight)>[] _postings;
    private readonly List<string> _words;

    private TermVectors((int Term, double Weight)[][] vectors, List<(int Document, double Weight)>[] postings, List<string> words)
    {
        _vectors = vectors;
        _postings = postings;
        _words = words;
    }

    /// <summary>The vectors of <paramref name="texts"/>: each entry the texts of one document, read together.</summary>
    public static TermVectors Build(IReadOnlyList<IEnumerable<string>> texts)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var counts = new Dictionary<int, int>[texts.Count];
        for (var d = 0; d < texts.Count; d++)
        {
            counts[d] = [];
            foreach (var text in texts[d])
            {
                foreach (var token in Terms.Tokenize(text))
                {
                    if (Terms.IsStopTerm(token.Term))
                    {
                        continue;
                    }

                    if (!ids.TryGetValue(token.Term, out var id))
                    {
                        ids[token.Term] = id = words.Count;
                        words.Add(text.Substring(token.Start, token.Length).ToLowerInvariant());
                    }

                    counts[d][id] = counts[d].GetValueOrDefault(id) + 1;
                }
            }
        }

        var frequency = new int[words.Count];
        foreach (var id in counts.SelectMany(c => c.Keys))
        {
            frequency[id]++;
        }

        var postings = Enumerable.Range(0, words.Count).Select(_ => new List<(int, double)>()).ToArray();
        var vectors = new (int Term, double Weight)[texts.Count][];
        for (var d = 0; d < texts.Count; d++)
        {
            var raw = counts[d].OrderBy(c => c.Key)
                .Select(c => (Term: c.Key, Weight: (1 + Math.Log(c.Value)) * Math.Log(1 + ((double)texts.Count / frequency[c.Key]))))
                .ToList();
            var length = Math.Sqrt(raw.Sum(t => t.Weight * t.Weight));
            vectors[d] = [.. raw.Select(t => (t.Term, t.Weight / length))];
            foreach (var (term, weight) in vectors[d])
            {
                postings[term].Add((d, weight));
            }
        }

        return new TermVectors(vectors, postings, words);
    }

    /// <summary>
    /// Adds the cosine of document <paramref name="document"/> with every later document <c>j</c> to <c>sums[j]</c>
    /// (documents sharing no term are left alone), walking only the documents that share a term with it.
    /// </summary>
    public void AddCosinesWithLater(int document, double[] sums)
    {
        foreach (var (term, weight) in _vectors[document])
        {
            var postings = _postings[term];
            for (var p = postings.Count - 1; p >= 0 && postings[p].Document > document; p--)
            {
                sums[postings[p].Document] += weight * postings[p].Weight;
            }
        }
    }

    /// <summary>The terms documents <paramref name="first"/> and <paramref name="second"/> share, largest contribution first.</summary>
    public IReadOnlyList<SharedTerm> Shared(int first, int second)
    {
        var (a, b) = (_vectors[first], _vectors[second]);
        var shared = new List<SharedTerm>();
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i].Term == b[j].Term)
            {
                shared.Add(new SharedTerm(_words[a[i].Term], a[i].Weight * b[j].Weight));
                (i, j) = (i + 1, j + 1);
            }
            else if (a[i].Term < b[j].Term)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return [.. shared.OrderByDescending(s => s.Contribution).ThenBy(s => s.Word, StringComparer.Ordinal)];
    }
}
