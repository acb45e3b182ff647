namespace StoryBank.Core.Matching.Meaning;

/// <summary>
/// Turns texts into vectors of unit length whose dot product says how close their meanings are (a sentence-embedding
/// model). The core only asks for vectors; the model lives outside it (StoryBank.Semantic).
/// </summary>
public interface ITextEncoder
{
    /// <summary>The model's name, for reasons and caches (e.g. "all-MiniLM-L6-v2").</summary>
    string Model { get; }

    /// <summary>One unit-length vector per text, in order, all of the same length.</summary>
    /// <param name="texts">The texts; none is empty.</param>
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts);
}
