using StoryBank.Core.Matching.Ranking;

namespace StoryBank.Core.Matching.Meaning;

/// <summary>A story's text closest in meaning to a query.</summary>
/// <param name="Text">The text.</param>
/// <param name="Field">The field it is in.</param>
/// <param name="Cosine">Its cosine with the query (−1–1; related sentences score about 0.4 and more).</param>
public readonly record struct ClosestPassage(string Text, StoryField Field, double Cosine);

/// <summary>A query read for meaning: how close each story is, and where.</summary>
public sealed class MeaningQuery
{
    private readonly MeaningIndex _index;
    private readonly float[] _vector;

    internal MeaningQuery(MeaningIndex index, float[] vector, double[] closeness)
    {
        (_index, _vector, Closeness) = (index, vector, closeness);
    }

    /// <summary>
    /// Per story, in story order: its mean cosine with the query, scaled within the bank so that the closest story has 1
    /// and the farthest 0 (0 for a story with no text) — times how related the closest story is at all (0 when its mean
    /// cosine is at most 0.10, as for a query on another subject; 1 from 0.25, as for most interview questions).
    /// </summary>
    public IReadOnlyList<double> Closeness { get; }

    /// <summary>The text of story <paramref name="story"/> closest to the query, or null when it has none.</summary>
    public ClosestPassage? Closest(int story) => _index.Closest(story, _vector);
}

/// <summary>
/// Sentence-embedding evidence: every text of every story (title, stated uses, headings, sections, short version,
/// follow-ups…) as a vector, and each story as the mean of its texts' vectors. A query's closeness to a story is the
/// dot product of its vector with that mean — the mean cosine of the query and the story's texts — so a story that
/// speaks of the query's meaning throughout ranks above one that mentions it once, and words need not be shared:
/// "a time you had to change course" comes near "I rewrote the cache with simpler semantics".
/// </summary>
/// <remarks>Immutable and thread-safe once built, when the encoder is.</remarks>
public sealed class MeaningIndex
{
    private readonly ITextEncoder _encoder;
    private readonly (StoryField Field, string Text, float[] Vector)[][] _texts;
    private readonly float[][] _means;
    private readonly float[][] _told;

    /// <summary>Encodes the texts of <paramref name="stories"/> (the encoder may cache them).</summary>
    public MeaningIndex(IReadOnlyList<StoryFields> stories, ITextEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(encoder);
        _encoder = encoder;
        var texts = stories.Select(s => s.Texts().Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList()).ToList();
        var distinct = texts.SelectMany(t => t).Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        var vectors = distinct.Zip(encoder.Encode(distinct)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        _texts = [.. texts.Select(story => story.Select(t => (t.Field, t.Text, vectors[t.Text])).ToArray())];
        _means = [.. _texts.Select(story => Vectors.Mean([.. story.Select(t => t.Vector)], unitLength: false))];
        _told = [.. _texts.Select(story => Vectors.Mean([.. story.Where(t => t.Field is StoryField.Title or StoryField.Text).Select(t => t.Vector)], unitLength: true))];
    }

    /// <summary>The model the vectors come from.</summary>
    public string Model => _encoder.Model;

    // The closest story's mean cosine for a question no story speaks to ("What is your favourite pizza topping?") is
    // about 0.06–0.13 with all-MiniLM-L6-v2; for real interview questions it is 0.15–0.47, most above 0.25. Between the
    // two the evidence counts in proportion, so a bank always has a closest story but an unrelated query gets no go-to
    // from meaning alone.
    private const double UnrelatedCosine = 0.10;
    private const double RelatedCosine = 0.25;

    /// <summary>Reads <paramref name="query"/> for meaning against every story.</summary>
    public MeaningQuery Read(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var vector = _encoder.Encode([query])[0];
        var cosines = _means.Select(mean => mean.Length == 0 ? double.NaN : Vectors.Dot(mean, vector)).ToArray();
        var known = cosines.Where(c => !double.IsNaN(c)).DefaultIfEmpty(0).ToList();
        var (low, high) = (known.Min(), known.Max());
        var confidence = Math.Clamp((high - UnrelatedCosine) / (RelatedCosine - UnrelatedCosine), 0, 1);
        var closeness = cosines.Select(c => double.IsNaN(c) || high <= low ? 0 : confidence * (c - low) / (high - low)).ToArray();
        return new MeaningQuery(this, vector, closeness);
    }

    /// <summary>
    /// How alike two stories are as told: the cosine of the mean embeddings of their titles and texts (not their stated
    /// uses or headings, which stories filed under one question share); 0 when either has none. See <see cref="Retelling"/>.
    /// </summary>
    public double Cosine(int first, int second) =>
        _told[first].Length == 0 || _told[second].Length == 0 ? 0 : Vectors.Dot(_told[first], _told[second]);

    internal ClosestPassage? Closest(int story, float[] query) =>
        _texts[story].Length == 0 ? null
            : _texts[story].Select(t => new ClosestPassage(t.Text, t.Field, Vectors.Dot(t.Vector, query))).MaxBy(p => p.Cosine);
}
