using System.Text.RegularExpressions;
using StoryBank.Core.Model;

namespace StoryBank.Core.Coach;

/// <summary>Which section kinds play which role in a story, whatever its framework.</summary>
internal static class StoryParts
{
    /// <summary>What the candidate did: Action, or DIGS's "go through the details".</summary>
    public static readonly SectionKind[] ActionKinds = [SectionKind.Action, SectionKind.Details];

    /// <summary>How it ended: Result, or DIGS's summary.</summary>
    public static readonly SectionKind[] ResultKinds = [SectionKind.Result, SectionKind.Summary];

    /// <summary>Everything said before the Action.</summary>
    public static readonly SectionKind[] SetupKinds =
        [SectionKind.Situation, SectionKind.Task, SectionKind.Context, SectionKind.Challenge, SectionKind.Problem, SectionKind.Obstacle, SectionKind.Dramatize, SectionKind.Pivot];
}

/// <summary>Text that only holds the place of a section or an answer: "TBD", "TODO", "…", "[result]".</summary>
internal static partial class Placeholders
{
    public static bool IsPlaceholder(string prose) => Pattern().IsMatch(prose);

    [GeneratedRegex(@"^\s*(?:tbd|todo|tk|xxx|to be (?:added|written|filled(?: in)?)|fill (?:in|me in)|\.{3}|…|\[[^\]]*\]|<[^>]*>|n/?a|-+|\?+)\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>First-person pronouns, singular and plural.</summary>
internal static class Pronouns
{
    public static bool IsSingular(string lower) => lower is "i" or "me" or "my" or "myself" or "mine" or "i'd" or "i've" or "i'm" or "i'll";

    public static bool IsPlural(string lower) => lower is "we" or "us" or "our" or "ours" or "ourselves" or "we'd" or "we've" or "we're" or "we'll";
}
