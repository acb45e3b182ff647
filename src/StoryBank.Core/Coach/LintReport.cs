using StoryBank.Core.Model;

namespace StoryBank.Core.Coach;

/// <summary>What the coach found in one story, with the figures it measured.</summary>
/// <param name="Story">The story.</param>
/// <param name="Findings">The findings that remain after configuration and suppressions, in source order.</param>
/// <param name="Readiness">The readiness score, 0–100 (see <see cref="ReadinessScore"/>).</param>
/// <param name="Stats">Speaking time, balance and voice figures.</param>
public sealed record StoryReport(Story Story, IReadOnlyList<Finding> Findings, int Readiness, StoryStats Stats)
{
    /// <summary>True when the story scores at least <see cref="ReadinessScore.PracticeReadyThreshold"/> and has no error finding.</summary>
    public bool PracticeReady => Readiness >= ReadinessScore.PracticeReadyThreshold && Findings.All(f => f.Severity != Severity.Error);
}

/// <summary>The figures the coach measures on a story.</summary>
/// <param name="FullWords">Words in the full version.</param>
/// <param name="FullSeconds">Speaking time of the full version at the configured rate.</param>
/// <param name="ShortWords">Words in the short version; 0 when there is none.</param>
/// <param name="ShortSeconds">Speaking time of the short version.</param>
/// <param name="ActionShare">The Action's share of the full version's words (0–1).</param>
/// <param name="SetupShare">The setup's (Situation, Task, Context...) share of the full version's words (0–1).</param>
/// <param name="ActionI">First-person singular pronouns (I, me, my) in the Action.</param>
/// <param name="ActionWe">First-person plural pronouns (we, us, our) in the Action.</param>
public sealed record StoryStats(
    int FullWords,
    double FullSeconds,
    int ShortWords,
    double ShortSeconds,
    double ActionShare,
    double SetupShare,
    int ActionI,
    int ActionWe);

/// <summary>What the coach found in one document.</summary>
/// <param name="File">The file linted.</param>
/// <param name="Stories">One report per story, in source order; empty when the file has no stories.</param>
public sealed record DocumentReport(string File, IReadOnlyList<StoryReport> Stories)
{
    /// <summary>Every finding of every story.</summary>
    public IEnumerable<Finding> Findings => Stories.SelectMany(s => s.Findings);
}
