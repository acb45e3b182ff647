using StoryBank.Core.Catalog;
using StoryBank.Core.Matching.Meaning;
using StoryBank.Core.Matching.Ranking;
using StoryBank.Core.Matching.Text;
using StoryBank.Core.Model;

namespace StoryBank.Core.Matching.Evaluation;

/// <summary>One mapping a document states, asked as a query: where each ranking put the stories the document names.</summary>
/// <param name="Mapping">The mapping: its text is the query, its stories the right answers.</param>
/// <param name="Rank">The 1-based rank of the first right story in the matcher's answer, 0 when it is not ranked.</param>
/// <param name="BaselineRank">The same for the BM25 baseline.</param>
/// <param name="Top">The matcher's first three story ids.</param>
public sealed record EvaluationCase(Mapping Mapping, int Rank, int BaselineRank, IReadOnlyList<string> Top);

/// <summary>How well the matcher answers the mappings one document states, beside the baseline.</summary>
/// <param name="Document">The document evaluated.</param>
/// <param name="Cases">One case per mapping.</param>
public sealed record DocumentEvaluation(Document Document, IReadOnlyList<EvaluationCase> Cases)
{
    /// <summary>The share of cases whose first story is right.</summary>
    public double Top1 => Share(c => c.Rank == 1);

    /// <summary>The share of cases with a right story among the first three.</summary>
    public double Top3 => Share(c => c.Rank is >= 1 and <= 3);

    /// <summary><see cref="Top1"/> of the baseline.</summary>
    public double BaselineTop1 => Share(c => c.BaselineRank == 1);

    /// <summary><see cref="Top3"/> of the baseline.</summary>
    public double BaselineTop3 => Share(c => c.BaselineRank is >= 1 and <= 3);

    private double Share(Func<EvaluationCase, bool> hit) => Cases.Count == 0 ? 0 : (double)Cases.Count(hit) / Cases.Count;
}

/// <summary>
/// Measures matching against the mappings a document states ("Best for questions", question headings over stories,
/// "→ Use Story 1" guides, "Question Type | Best Legends" tables), leave-one-out: while a mapping is the query, the text that
/// states it — the best-for line, the heading above the stories, the mapping itself — is hidden from both rankings, so
/// neither can answer by finding the question in the story. Each document is evaluated on its own.
/// </summary>
public static class MatchEvaluation
{
    /// <summary>Evaluates every mapping of <paramref name="document"/> that names at least one of its stories.</summary>
    /// <param name="document">The document and its mappings.</param>
    /// <param name="catalog">The taxonomy and value packs the matcher reads with.</param>
    /// <param name="encoder">A sentence-embedding model for the matcher's evidence of meaning; none when null.</param>
    public static DocumentEvaluation Evaluate(Document document, InterviewCatalog catalog, ITextEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        // Every case re-indexes nearly the same texts: encode each once.
        encoder = encoder is null or CachedEncoder ? encoder : new CachedEncoder(encoder);
        var ids = document.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var cases = new List<EvaluationCase>();
        foreach (var mapping in document.Mappings.Where(m => m.StoryIds.Any(ids.Contains)))
        {
            var (stories, mappings) = Hide(document, mapping);
            var matcher = new StoryMatcher(stories, mappings, catalog, encoder: encoder);
            var ours = matcher.RankAll(mapping.Text).Select(i => stories[i].Id).ToList();
            var baseline = LuceneBaseline.Rank(StoryFields.Of(stories, mappings), mapping.Text);
            cases.Add(new EvaluationCase(mapping, RankOfFirst(ours, mapping), RankOfFirst(baseline, mapping), [.. ours.Take(3)]));
        }

        return new DocumentEvaluation(document, cases);
    }

    /// <summary>
    /// The document's stories and mappings with the text that states <paramref name="mapping"/> taken out: the mapping, and
    /// every best-for question, heading, tag or competency line that holds its words in order.
    /// </summary>
    public static (IReadOnlyList<Story> Stories, IReadOnlyList<Mapping> Mappings) Hide(Document document, Mapping mapping)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mapping);
        var stated = TermsOf(mapping.Text);
        bool Keep(string text)
        {
            var terms = TermsOf(text);
            return !(Terms.ContainsRun(terms, stated) || (terms.Count > 0 && Terms.ContainsRun(stated, terms)));
        }

        var stories = document.Stories.Select(s => s with
        {
            BestFor = [.. s.BestFor.Where(Keep)],
            HeadingPath = [.. s.HeadingPath.Where(Keep)],
            Tags = [.. s.Tags.Where(Keep)],
            Competencies = [.. s.Competencies.Where(Keep)],
        }).ToList();
        return (stories, [.. document.Mappings.Where(m => !ReferenceEquals(m, mapping))]);
    }

    private static int RankOfFirst(IReadOnlyList<string> ranked, Mapping mapping)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (mapping.StoryIds.Contains(ranked[i], StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static List<string> TermsOf(string text) => [.. Terms.Tokenize(text).Select(t => t.Term)];
}
