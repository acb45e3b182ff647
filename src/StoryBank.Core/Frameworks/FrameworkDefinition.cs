using StoryBank.Core.Model;

namespace StoryBank.Core.Frameworks;

/// <summary>An answer framework as data: its parts in speaking order and the share of speaking time each deserves.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Kind">Which framework this is.</param>
/// <param name="Description">One line on when the framework fits.</param>
/// <param name="Parts">The parts in speaking order.</param>
public sealed record FrameworkDefinition(FrameworkKind Kind, string Description, IReadOnlyList<FrameworkPart> Parts)
{
    /// <summary>True when every part of this framework is present among <paramref name="kinds"/>.</summary>
    public bool IsSatisfiedBy(IReadOnlySet<SectionKind> kinds) => Parts.All(p => p.Accepts.Any(kinds.Contains));
}

/// <summary>One part of a framework.</summary>
/// <param name="Name">The part's name ("Situation", "Indicate the pivot").</param>
/// <param name="Accepts">The section kinds that fill this part, preferred first.</param>
/// <param name="TimeShare">The share of a 2–3 minute answer this part deserves (0–1; the parts sum to 1).</param>
public sealed record FrameworkPart(string Name, IReadOnlyList<SectionKind> Accepts, double TimeShare);
