using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Model;

namespace StoryBank.Storage;

public sealed partial class BankStore
{
    /// <summary>
    /// The owner's stories that contain every word of <paramref name="text"/> (stemmed: "deploy" finds "deployments"),
    /// best first: SQLite FTS5 ranked by BM25, PostgreSQL full text ranked by ts_rank; a title match weighs more.
    /// </summary>
    /// <returns>At most <paramref name="limit"/> hits; none when <paramref name="text"/> has no word in it.</returns>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        if (words.Count == 0)
        {
            return [];
        }

        var rows = _db is PostgresBankDbContext
            ? _db.Database.SqlQuery<SearchRow>($"""
                SELECT payload AS "Payload", ts_rank(search_vector, plainto_tsquery('english', {string.Join(' ', words)}))::float8 AS "Score"
                FROM stories
                WHERE owner_id = {OwnerId} AND search_vector @@ plainto_tsquery('english', {string.Join(' ', words)})
                ORDER BY 2 DESC, id
                LIMIT {limit}
                """)
            : _db.Database.SqlQuery<SearchRow>($"""
                SELECT s.payload AS "Payload", -bm25(stories_fts, 10.0, 1.0) AS "Score"
                FROM stories_fts JOIN stories s ON s.rowid = stories_fts.rowid
                WHERE stories_fts MATCH {string.Join(' ', words.Select(w => $"\"{w}\""))} AND s.owner_id = {OwnerId}
                ORDER BY 2 DESC, s.id
                LIMIT {limit}
                """);
        var hits = await rows.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. hits.Select(h => new SearchHit(ReadStory(h.Payload), h.Score))];
    }

    // Runs of letters and digits only: the user's text never reaches either engine's query syntax.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private sealed class SearchRow
    {
        public string Payload { get; set; } = string.Empty;

        public double Score { get; set; }
    }
}

/// <summary>A story found by full-text search.</summary>
/// <param name="Story">The story.</param>
/// <param name="Score">How well it matches; higher is better, comparable only within one search.</param>
public sealed record SearchHit(Story Story, double Score);
