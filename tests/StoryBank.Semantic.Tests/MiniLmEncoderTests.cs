using StoryBank.Semantic;

namespace StoryBank.Semantic.Tests;

/// <summary>The real model: all-MiniLM-L6-v2, run locally.</summary>
public sealed class MiniLmEncoderTests : IDisposable
{
    private readonly MiniLmEncoder _encoder = new();

    public void Dispose() => _encoder.Dispose();

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public void Vectors_have_unit_length_and_384_dimensions_and_do_not_depend_on_the_batch()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Story number {i} about a migration").Append("I mentored a junior engineer").ToArray();
        var together = _encoder.Encode(texts);
        var alone = _encoder.Encode(["I mentored a junior engineer"])[0];

        Assert.Equal(texts.Length, together.Count);
        Assert.All(together, v => Assert.Equal(384, v.Length));
        Assert.All(together, v => Assert.Equal(1.0, Math.Sqrt(Dot(v, v)), 3));
        Assert.Equal(1.0, Dot(together[^1], alone), 3);
    }

    [Fact]
    public void A_paraphrase_is_closer_than_a_sentence_on_another_subject()
    {
        var v = _encoder.Encode([
            "Describe a time when you had to change course",
            "I threw away the clever design and rewrote it with a simpler approach",
            "I interviewed and hired five backend engineers",
        ]);

        Assert.True(Dot(v[0], v[1]) > Dot(v[0], v[2]), $"paraphrase {Dot(v[0], v[1]):0.00} vs other subject {Dot(v[0], v[2]):0.00}");
    }
}
