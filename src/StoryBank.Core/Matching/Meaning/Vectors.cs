namespace StoryBank.Core.Matching.Meaning;

/// <summary>The arithmetic of embedding vectors: dot products and means.</summary>
internal static class Vectors
{
    /// <summary>The dot product of two vectors of one length (their cosine when both have unit length).</summary>
    public static double Dot(float[] first, float[] second)
    {
        var sum = 0.0;
        for (var d = 0; d < first.Length; d++)
        {
            sum += first[d] * (double)second[d];
        }

        return sum;
    }

    /// <summary>The mean of <paramref name="vectors"/> (none: an empty vector), scaled to unit length when <paramref name="unitLength"/>.</summary>
    public static float[] Mean(IReadOnlyList<float[]> vectors, bool unitLength)
    {
        if (vectors.Count == 0)
        {
            return [];
        }

        var sum = new double[vectors[0].Length];
        foreach (var vector in vectors)
        {
            for (var d = 0; d < sum.Length; d++)
            {
                sum[d] += vector[d];
            }
        }

        var scale = unitLength ? Math.Sqrt(sum.Sum(x => x * x)) : vectors.Count;
        return scale == 0 ? [] : [.. sum.Select(x => (float)(x / scale))];
    }
}
