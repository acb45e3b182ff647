namespace StoryBank.Core.Matching;

/// <summary>
/// How the matcher weighs its evidence. A score is <see cref="Words"/> × the story's BM25F score over the best story's,
/// plus <see cref="Stated"/> × the closeness of its nearest title or stated use to the query, plus
/// <see cref="Competencies"/> × how strongly its profile shows the competencies asked for, plus — when the matcher has a
/// sentence-embedding model — <see cref="Meaning"/> × how close in meaning the story is to the query; the sum is divided
/// by the weights used, so a score stays within 0–1.
/// </summary>
/// <param name="Words">The share of the query's words found anywhere in the story (BM25F).</param>
/// <param name="Stated">The share of the closeness of the story's title or a stated use (best-for question, mapping) to the query as a whole.</param>
/// <param name="Competencies">The share of the competencies the query asks for, as the story's profile shows them.</param>
/// <param name="SimilarQuestion">How close (0–1) a catalogue question must be to the query to lend it its competencies.</param>
/// <param name="FieldWeights">BM25F weights of the title, stated uses, headings and text, in that order.</param>
/// <param name="Meaning">The share of the story's closeness in meaning (mean cosine of its texts' embeddings with the query's, scaled within the bank).</param>
public sealed record MatchWeights(double Words, double Stated, double Competencies, double SimilarQuestion, IReadOnlyList<double> FieldWeights, double Meaning)
{
    /// <summary>The weights StoryBank uses (see docs/matching.md for how they were chosen).</summary>
    public static MatchWeights Default { get; } = new(0.45, 0.35, 0.20, 0.5, [3.0, 2.5, 1.5, 1.0], 0.5);
}
