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
    public bool IsSatisfiedBy(IEnumerable<SectionKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var present = 0;
        foreach (var kind in kinds)
        {
            present |= 1 << (int)kind;
        }

        return IsSatisfiedBy(present);
    }

    /// <summary>True when every part is present in <paramref name="present"/>, a bit set of section kinds.</summary>
    internal bool IsSatisfiedBy(int present)
    {
        foreach (var part in Parts)
        {
            var accepted = false;
            foreach (var kind in part.Accepts)
            {
                accepted |= (present & (1 << (int)kind)) != 0;
            }

            if (!accepted)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One part of a framework.</summary>
/// <param name="Name">The part's name ("Situation", "Indicate the pivot").</param>
/// <param name="Accepts">The section kinds that fill this part, preferred first.</param>
/// <param name="TimeShare">The share of a 2–3 minute answer this part deserves (0–1; the parts sum to 1).</param>
public sealed record FrameworkPart(string Name, IReadOnlyList<SectionKind> Accepts, double TimeShare);
