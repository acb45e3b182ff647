using StoryBank.Core.Matching.Meaning;

namespace StoryBank.Semantic;

/// <summary>
/// The sentence-embedding model with its vectors kept in a cache file between runs, so a bank's texts are encoded
/// once: the first match over a bank of a hundred stories encodes a few thousand texts (seconds), later ones only the
/// query (milliseconds). The file holds vectors keyed by a hash of each text, not the texts; deleting it only costs
/// the time to rebuild it.
/// </summary>
public sealed class MeaningModel : IDisposable
{
    private readonly MiniLmEncoder _model;
    private readonly string? _cacheFile;

    private MeaningModel(MiniLmEncoder model, string? cacheFile)
    {
        (_model, _cacheFile) = (model, cacheFile);
        Encoder = new CachedEncoder(model);
    }

    /// <summary>The model behind its cache: give this to the matcher.</summary>
    public CachedEncoder Encoder { get; }

    /// <summary>Called after each batch of texts the cache did not hold is encoded, with the batch's size.</summary>
    public event Action<int>? BatchEncoded
    {
        add => _model.BatchEncoded += value;
        remove => _model.BatchEncoded -= value;
    }

    /// <summary>Loads the model and the vectors <paramref name="cacheFile"/> holds, if it exists and is of this model.</summary>
    /// <param name="cacheFile">The cache file; null to keep vectors in memory only.</param>
    public static MeaningModel Open(string? cacheFile)
    {
        var model = new MeaningModel(new MiniLmEncoder(), cacheFile);
        try
        {
            if (cacheFile is not null && File.Exists(cacheFile))
            {
                using var stream = File.OpenRead(cacheFile);
                model.Encoder.Load(stream);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // An unreadable cache is no cache: the vectors are encoded again.
        }

        return model;
    }

    /// <summary>Writes the cache file when texts were encoded since it was loaded: to a temporary file, then renamed over it.</summary>
    /// <exception cref="IOException">The cache folder cannot be written (the caller may go on without the cache).</exception>
    /// <exception cref="UnauthorizedAccessException">The same, for want of permission.</exception>
    public void Save()
    {
        if (_cacheFile is null || Encoder.Encoded == 0)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_cacheFile))!);
        var temporary = $"{_cacheFile}.{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temporary))
        {
            Encoder.Save(stream);
        }

        File.Move(temporary, _cacheFile, overwrite: true);
    }

    /// <inheritdoc/>
    public void Dispose() => _model.Dispose();
}
