using System.Collections.Frozen;
using StoryBank.Core.Model;

namespace StoryBank.Core.Frameworks;

/// <summary>
/// Turns a section label as written ("Actions", "S (Situation)", "What I learned") into its <see cref="SectionKind"/>.
/// </summary>
/// <remarks>Thread-safe. The mapping is a pure function of the label, so exported labels re-import to the same kind.</remarks>
public static class SectionLabels
{
    private static readonly FrozenDictionary<string, SectionKind> Synonyms = new Dictionary<string, SectionKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["situation"] = SectionKind.Situation,
        ["s"] = SectionKind.Situation,
        ["the situation"] = SectionKind.Situation,
        ["task"] = SectionKind.Task,
        ["tasks"] = SectionKind.Task,
        ["t"] = SectionKind.Task,
        ["the task"] = SectionKind.Task,
        ["action"] = SectionKind.Action,
        ["actions"] = SectionKind.Action,
        ["a"] = SectionKind.Action,
        ["actions taken"] = SectionKind.Action,
        ["what i did"] = SectionKind.Action,
        ["result"] = SectionKind.Result,
        ["results"] = SectionKind.Result,
        ["r"] = SectionKind.Result,
        ["outcome"] = SectionKind.Result,
        ["outcomes"] = SectionKind.Result,
        ["the result"] = SectionKind.Result,
        ["context"] = SectionKind.Context,
        ["background"] = SectionKind.Context,
        ["challenge"] = SectionKind.Challenge,
        ["the challenge"] = SectionKind.Challenge,
        ["problem"] = SectionKind.Problem,
        ["the problem"] = SectionKind.Problem,
        ["obstacle"] = SectionKind.Obstacle,
        ["obstacles"] = SectionKind.Obstacle,
        ["learning"] = SectionKind.Learning,
        ["learnings"] = SectionKind.Learning,
        ["lesson"] = SectionKind.Learning,
        ["lessons"] = SectionKind.Learning,
        ["lesson learned"] = SectionKind.Learning,
        ["lessons learned"] = SectionKind.Learning,
        ["lessons learnt"] = SectionKind.Learning,
        ["what i learned"] = SectionKind.Learning,
        ["what i learnt"] = SectionKind.Learning,
        ["key learning"] = SectionKind.Learning,
        ["key learnings"] = SectionKind.Learning,
        ["takeaway"] = SectionKind.Learning,
        ["takeaways"] = SectionKind.Learning,
        ["dramatize"] = SectionKind.Dramatize,
        ["dramatise"] = SectionKind.Dramatize,
        ["indicate the pivot"] = SectionKind.Pivot,
        ["pivot"] = SectionKind.Pivot,
        ["go through the details"] = SectionKind.Details,
        ["details"] = SectionKind.Details,
        ["summarize"] = SectionKind.Summary,
        ["summarise"] = SectionKind.Summary,
        ["summary"] = SectionKind.Summary,
        ["reflection"] = SectionKind.Reflection,
        ["reflections"] = SectionKind.Reflection,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, SectionKind>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Synonyms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The kind a label names, or <see langword="null"/> when it names no framework part.
    /// Accepts "Situation", "Actions", "S", "S (Situation)", "Result (what changed)", with any case.
    /// </summary>
    public static SectionKind? Classify(string label) => Classify(label.AsSpan());

    /// <inheritdoc cref="Classify(string)"/>
    public static SectionKind? Classify(ReadOnlySpan<char> label)
    {
        var trimmed = label.Trim().TrimEnd(':').Trim();
        if (BySpan.TryGetValue(trimmed, out var kind))
        {
            return kind;
        }

        // "S (Situation)" or "Result (numbers)": the word before the parenthesis decides, the parenthesis may confirm.
        var open = trimmed.IndexOf('(');
        if (open <= 0 || trimmed[^1] != ')' || trimmed[(open + 1)..^1].IndexOfAny('(', ')') >= 0)
        {
            return null;
        }

        var head = trimmed[..open].Trim();
        var inner = trimmed[(open + 1)..^1].Trim();
        if (head.IndexOfAny('(', ')') < 0 && BySpan.TryGetValue(head, out var headKind))
        {
            return head.Length == 1 && BySpan.TryGetValue(inner, out var innerKind) ? innerKind : headKind;
        }

        return null;
    }

    /// <summary>True when <paramref name="kind"/> is a part of some framework, not a free-form part.</summary>
    public static bool IsFrameworkPart(SectionKind kind) => kind is not (SectionKind.Other or SectionKind.Reflection);

}
