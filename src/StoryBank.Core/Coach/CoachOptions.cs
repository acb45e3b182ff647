using System.Collections.Frozen;

namespace StoryBank.Core.Coach;

/// <summary>The coach's settings: speaking rate, time targets, balance thresholds and per-rule severities.</summary>
/// <remarks>Immutable. <see cref="Default"/> holds the documented defaults; <c>storybank.json</c> overrides them.</remarks>
/// <param name="WordsPerMinute">Speaking rate used to turn words into seconds.</param>
/// <param name="FullMinSeconds">Shortest comfortable full version.</param>
/// <param name="FullMaxSeconds">Longest comfortable full version.</param>
/// <param name="ShortMaxSeconds">Longest comfortable short version.</param>
/// <param name="MinActionShare">Smallest share of the full version's words the Action should have (0–1).</param>
/// <param name="MaxSetupShare">Largest share the setup (Situation, Task, Context...) should have (0–1).</param>
/// <param name="Severities">Severity overrides by rule ID.</param>
public sealed record CoachOptions(
    double WordsPerMinute,
    double FullMinSeconds,
    double FullMaxSeconds,
    double ShortMaxSeconds,
    double MinActionShare,
    double MaxSetupShare,
    FrozenDictionary<string, Severity> Severities)
{
    /// <summary>The documented defaults: 150 wpm, full 2–3 minutes, short ≤ 40 s, Action ≥ 40 %, setup ≤ 35 %.</summary>
    public static CoachOptions Default { get; } = new(150, 120, 180, 40, 0.40, 0.35, FrozenDictionary<string, Severity>.Empty);

    /// <summary>The severity <paramref name="rule"/> reports with under these options.</summary>
    public Severity SeverityOf(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Severities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;
    }

    /// <summary>Seconds it takes to say <paramref name="words"/> words at <see cref="WordsPerMinute"/>.</summary>
    public double SecondsFor(int words) => words * 60.0 / WordsPerMinute;
}
