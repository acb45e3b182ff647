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
        IReadOnlyList<Finding> all = findings as IReadOnlyList<Finding> ?? [.. findings];
        var lost = 0;
        for (var i = 0; i < all.Count; i++)
        {
            // A finding counts when fewer than MaxCountedPerRule findings of its rule cost more, or as much and come first.
            var penalty = Penalty(all[i].Severity);
            var costlier = 0;
            for (var j = 0; j < all.Count && costlier < MaxCountedPerRule; j++)
            {
                var other = Penalty(all[j].Severity);
                costlier += j != i && all[j].Rule.Id == all[i].Rule.Id && (other > penalty || (other == penalty && j < i)) ? 1 : 0;
            }

            lost += costlier < MaxCountedPerRule ? penalty : 0;
        }

        return Math.Max(0, 100 - lost);
    }
}
