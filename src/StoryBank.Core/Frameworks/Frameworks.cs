using System.Collections.Frozen;
using StoryBank.Core.Model;

namespace StoryBank.Core.Frameworks;

/// <summary>
/// The frameworks StoryBank knows (STAR, CAR, SOAR, CARL, PAR, DIGS) and the label synonyms that name their parts.
/// </summary>
/// <remarks>Built once; immutable and thread-safe.</remarks>
public static class FrameworkCatalog
{
    /// <summary>Every known framework, most specific first (the order used to infer a framework from labels).</summary>
    public static IReadOnlyList<FrameworkDefinition> All { get; } =
    [
        new(FrameworkKind.DIGS, "Biggest/most questions: dramatize, pivot, details, summary.",
        [
            new("Dramatize", [SectionKind.Dramatize], 0.20),
            new("Indicate the pivot", [SectionKind.Pivot], 0.15),
            new("Go through the details", [SectionKind.Details], 0.45),
            new("Summarize", [SectionKind.Summary], 0.20),
        ]),
        new(FrameworkKind.CARL, "Failures and lessons: context, action, result, learning.",
        [
            new("Context", [SectionKind.Context, SectionKind.Situation, SectionKind.Challenge], 0.15),
            new("Action", [SectionKind.Action], 0.40),
            new("Result", [SectionKind.Result], 0.20),
            new("Learning", [SectionKind.Learning], 0.25),
        ]),
        new(FrameworkKind.SOAR, "Obstacles and conflict: situation, obstacle, action, result.",
        [
            new("Situation", [SectionKind.Situation], 0.15),
            new("Obstacle", [SectionKind.Obstacle], 0.15),
            new("Action", [SectionKind.Action], 0.45),
            new("Result", [SectionKind.Result], 0.25),
        ]),
        new(FrameworkKind.STAR, "The default for \"tell me about a time\": situation, task, action, result.",
        [
            new("Situation", [SectionKind.Situation], 0.15),
            new("Task", [SectionKind.Task], 0.10),
            new("Action", [SectionKind.Action], 0.50),
            new("Result", [SectionKind.Result], 0.25),
        ]),
        new(FrameworkKind.PAR, "Debugging and problem solving: problem, action, result.",
        [
            new("Problem", [SectionKind.Problem], 0.25),
            new("Action", [SectionKind.Action], 0.50),
            new("Result", [SectionKind.Result], 0.25),
        ]),
        new(FrameworkKind.CAR, "Quick examples: challenge or context, action, result.",
        [
            new("Challenge or Context", [SectionKind.Challenge, SectionKind.Context, SectionKind.Situation], 0.20),
            new("Action", [SectionKind.Action], 0.50),
            new("Result", [SectionKind.Result], 0.30),
        ]),
    ];

    private static readonly FrozenDictionary<FrameworkKind, FrameworkDefinition> ByKind =
        All.ToFrozenDictionary(f => f.Kind);

    /// <summary>The definition of <paramref name="kind"/>, or <see langword="null"/> for <see cref="FrameworkKind.Other"/>.</summary>
    public static FrameworkDefinition? Get(FrameworkKind kind) => ByKind.GetValueOrDefault(kind);

    /// <summary>
    /// The framework whose parts the given section kinds fill, most specific first; <see cref="FrameworkKind.Other"/> when none fits.
    /// A story with Situation, Task, Action and Result is STAR even when it also has a Learning section.
    /// </summary>
    public static FrameworkKind Infer(IEnumerable<SectionKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var present = 0;
        foreach (var kind in kinds)
        {
            present |= 1 << (int)kind;
        }

        if ((present & (1 << (int)SectionKind.Task)) != 0 && Get(FrameworkKind.STAR)!.IsSatisfiedBy(present))
        {
            return FrameworkKind.STAR;
        }

        foreach (var framework in All)
        {
            if (framework.IsSatisfiedBy(present))
            {
                return framework.Kind;
            }
        }

        return FrameworkKind.Other;
    }

    /// <summary>Parses a framework name as written ("STAR", "soar", "C.A.R."), ignoring case and dots.</summary>
    public static FrameworkKind? Parse(string text)
    {
        var cleaned = new string(text.Where(char.IsLetter).ToArray());
        return Enum.TryParse<FrameworkKind>(cleaned, ignoreCase: true, out var kind) && kind != FrameworkKind.Other
            ? kind
            : null;
    }
}
