using StoryBank.Core.Matching.Meaning;

namespace StoryBank.Core.Tests.Matching;

/// <summary>A stand-in embedding: one dimension per topic, counting the topic's words; it counts the texts it encodes.</summary>
internal sealed class TopicEncoder : ITextEncoder
{
    private static readonly string[][] Topics =
    [
        ["latency", "slow", "fast", "cache", "milliseconds"],
        ["disagreed", "conflict", "argued", "pushback", "manager"],
        ["hired", "mentor", "junior", "coached", "interview"],
    ];

    public int Texts { get; private set; }

    public string Model => "topics";

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        Texts += texts.Count;
        return [.. texts.Select(text =>
        {
            var words = text.ToLowerInvariant().Split([' ', '.', ',', '?'], StringSplitOptions.RemoveEmptyEntries);
            var vector = Topics.Select(topic => (float)words.Count(topic.Contains) + 0.1f).ToArray();
            var length = MathF.Sqrt(vector.Sum(x => x * x));
            return vector.Select(x => x / length).ToArray();
        })];
    }
}
