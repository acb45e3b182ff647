using StoryBank.Core.Coach.Rules;

namespace StoryBank.Core.Coach;

/// <summary>Every rule of the coach, in ID order, and lookup by ID or alias.</summary>
public static class RuleCatalog
{
    /// <summary>The rules, in ID order.</summary>
    public static IReadOnlyList<CoachRule> All { get; } =
    [
        new MissingSection(),
        new NoShortVersion(),
        new FailureWithoutLearning(),
        new FollowUpNotPrepared(),
        new WeInsteadOfI(),
        new PassiveHidesActor(),
        new NoInitiative(),
        new ResultNotQuantified(),
        new HedgedResult(),
        new VagueImpact(),
        new PerfectionClaim(),
        new BlamesOthers(),
        new EmotionalWording(),
        new FullVersionTooLong(),
        new FullVersionTooShort(),
        new ShortVersionTooLong(),
        new ActionTooThin(),
        new SetupTooLong(),
        new ClaimDoesNotAddUp(),
        new RestatementMismatch(),
        new MetricStatedDifferently(),
    ];

    /// <summary>The rule descriptor with this ID or alias (case-insensitive), or <see langword="null"/>.</summary>
    public static RuleDescriptor? Find(string idOrAlias) =>
        All.Select(r => r.Descriptor).FirstOrDefault(d =>
            string.Equals(d.Id, idOrAlias, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Alias, idOrAlias, StringComparison.OrdinalIgnoreCase));
}
