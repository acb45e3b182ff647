using StoryBank.Semantic;

namespace StoryBank.Semantic.Tests;

/// <summary>The model with its vector cache file.</summary>
public sealed class MeaningModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storybank-meaning-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_cache_file_spares_the_second_run_the_encoding()
    {
        var file = Path.Combine(_folder, "cache", "vectors.bin");
        string[] texts = ["I cut p99 latency from 900 ms to 180 ms", "I disagreed with my manager about the launch date"];
        float[] first;
        using (var model = MeaningModel.Open(file))
        {
            first = model.Encoder.Encode(texts)[0];
            Assert.Equal(2, model.Encoder.Encoded);
            model.Save();
        }

        Assert.True(File.Exists(file));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, "*.tmp"));
        using var again = MeaningModel.Open(file);
        Assert.Equal(0, again.Encoder.Missing(texts));
        Assert.Equal(first, again.Encoder.Encode(texts)[0]);
        Assert.Equal(0, again.Encoder.Encoded);
    }

    [Fact]
    public void A_damaged_cache_file_is_rebuilt_not_trusted()
    {
        var file = Path.Combine(_folder, "vectors.bin");
        File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
        using var model = MeaningModel.Open(file);
        Assert.Equal(0, model.Encoder.Count);
        model.Encoder.Encode(["a story about hiring"]);
        model.Save();
        using var reopened = MeaningModel.Open(file);
        Assert.Equal(1, reopened.Encoder.Count);
    }
}
