namespace StoryBank.Core.Coach;

/// <summary>
/// The readiness score: 100 minus 25 per error, 10 per warning and 3 per note, counting at most
/// <see cref="MaxCountedPerRule"/> findings of one rule, floored at 0.
/// </summary>
public static class ReadinessScore
{
    /// <summary>The score from which a story with no error finding is practice-ready.</summary>
    public const int PracticeReadyThreshold = 70;

    /// <summary>How many findings of one rule count against the score.</summary>
    public const int MaxCountedPerRule = 2;

    /// <summary>Points one finding of <paramref name="severity"/> costs.</summary>
    public static int Penalty(Severity severity) => severity switch
    {
        Severity.Error => 25,
        Severity.Warning => 10,
        Severity.Note => 3,
        _ => 0,
    };

    /// <summary>The score of a story with these findings.</summary>
    public static int Of(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var lost = findings
            .GroupBy(f => f.Rule.Id, StringComparer.Ordinal)
            .Sum(rule => rule.Select(f => Penalty(f.Severity)).OrderDescending().Take(MaxCountedPerRule).Sum());
        return Math.Max(0, 100 - lost);
    }
}
