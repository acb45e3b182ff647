using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using StoryBank.Core.Matching.Ranking;
using StoryBank.Core.Model;

namespace StoryBank.Core.Matching.Evaluation;

/// <summary>
/// The baseline the matcher is measured against: plain BM25 (Lucene.NET, English analyzer: stop words and Porter stems)
/// over the same text, every field of a story in one, with the query's words as optional terms.
/// </summary>
public static class LuceneBaseline
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The ids of the stories that match <paramref name="query"/>, best first (ties in bank order).</summary>
    public static IReadOnlyList<string> Rank(IReadOnlyList<StoryFields> stories, string query)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(query);
        using var directory = new RAMDirectory();
        using var analyzer = new EnglishAnalyzer(Version);
        var similarity = new BM25Similarity();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { Similarity = similarity }))
        {
            foreach (var story in stories)
            {
                writer.AddDocument(new Lucene.Net.Documents.Document
                {
                    new StringField("id", story.Story.Id, Field.Store.YES),
                    new TextField("text", string.Join("\n", story.Texts().Select(t => t.Text)), Field.Store.NO),
                });
            }
        }

        var terms = new BooleanQuery();
        using (var stream = analyzer.GetTokenStream("text", query))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        if (terms.Clauses.Count == 0)
        {
            return [];
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = similarity };
        return [.. searcher.Search(terms, Math.Max(1, stories.Count)).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture))];
    }
}
