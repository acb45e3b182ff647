namespace StoryBank.Core.Matching.Meaning;

/// <summary>
/// How alike two stories are in meaning, as a likeness of 0–1: the cosine of their mean sentence embeddings (title and
/// texts), 0.60 and below mapped to 0 and 0.90 and above to 1. With all-MiniLM-L6-v2, different stories of a bank reach
/// at most 0.71 (seed 004) and 0.63 (the held-out bank), while retellings of one story reach 0.79–0.91 (seed 002).
/// </summary>
public static class Retelling
{
    private const double Unrelated = 0.60;
    private const double Same = 0.90;

    /// <summary>
    /// The likeness at which one story counts as a retelling of another: the default threshold of
    /// <c>storybank similar</c>, a cosine of 0.78.
    /// </summary>
    public const double Threshold = 0.6;

    /// <summary>The likeness (0–1) of two stories whose mean embeddings have this cosine.</summary>
    public static double Likeness(double cosine) => Math.Clamp((cosine - Unrelated) / (Same - Unrelated), 0, 1);
}
