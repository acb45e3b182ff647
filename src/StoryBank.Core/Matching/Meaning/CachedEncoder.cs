using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

namespace StoryBank.Core.Matching.Meaning;

/// <summary>
/// An encoder that remembers every vector it was asked for, by a 128-bit hash of the text, so a bank's texts are
/// encoded once: across the matchers of an evaluation in memory, and across runs when the cache is saved to a stream
/// and loaded back (<see cref="Save"/>, <see cref="Load"/>). Texts themselves are not kept.
/// </summary>
/// <remarks>Thread-safe when the inner encoder is.</remarks>
public sealed class CachedEncoder : ITextEncoder
{
    private const string Magic = "storybank-vectors/1";

    private readonly ITextEncoder _inner;
    private readonly ConcurrentDictionary<UInt128, float[]> _vectors = new();

    /// <summary>Caches the vectors of <paramref name="inner"/>.</summary>
    public CachedEncoder(ITextEncoder inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc/>
    public string Model => _inner.Model;

    /// <summary>How many vectors are cached.</summary>
    public int Count => _vectors.Count;

    /// <summary>How many texts the inner encoder was asked for since this cache was made (the misses).</summary>
    public int Encoded { get; private set; }

    /// <summary>How many distinct texts of <paramref name="texts"/> the cache does not hold yet.</summary>
    public int Missing(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Select(Key).Distinct().Count(key => !_vectors.ContainsKey(key));
    }

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var keys = texts.Select(Key).ToArray();
        var missing = keys.Select((key, i) => (key, i)).Where(k => !_vectors.ContainsKey(k.key)).DistinctBy(k => k.key).ToList();
        if (missing.Count > 0)
        {
            var vectors = _inner.Encode([.. missing.Select(m => texts[m.i])]);
            for (var i = 0; i < missing.Count; i++)
            {
                _vectors[missing[i].key] = vectors[i];
            }

            Encoded += missing.Count;
        }

        return [.. keys.Select(k => _vectors[k])];
    }

    /// <summary>Writes every cached vector to <paramref name="stream"/>, with the model's name.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var entries = _vectors.ToArray();
        writer.Write(Magic);
        writer.Write(Model);
        writer.Write(entries.Length);
        writer.Write(entries.Length == 0 ? 0 : entries[0].Value.Length);
        foreach (var (key, vector) in entries)
        {
            writer.Write((ulong)(key >> 64));
            writer.Write((ulong)key);
            foreach (var value in vector)
            {
                writer.Write(value);
            }
        }
    }

    /// <summary>
    /// Adds the vectors <see cref="Save"/> wrote to <paramref name="stream"/>, when they come from this model; a cache
    /// of another model, or not a cache at all, adds nothing and returns false (it is rebuilt as texts are asked for).
    /// </summary>
    public bool Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadString() != Model)
            {
                return false;
            }

            var (count, dimensions) = (reader.ReadInt32(), reader.ReadInt32());
            if (count < 0 || dimensions is < 0 or > 65536)
            {
                return false;
            }

            var loaded = new List<(UInt128, float[])>(Math.Min(count, 1 << 20));
            for (var i = 0; i < count; i++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] = reader.ReadSingle();
                }

                loaded.Add((key, vector));
            }

            foreach (var (key, vector) in loaded)
            {
                _vectors.TryAdd(key, vector);
            }

            return true;
        }
        catch (Exception error) when (error is EndOfStreamException or FormatException or IOException)
        {
            return false; // a cache cut short or damaged: ignored, it is only a cache
        }
    }

    private static UInt128 Key(string text) => XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(text));
}
