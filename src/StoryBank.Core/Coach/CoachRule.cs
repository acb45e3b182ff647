namespace StoryBank.Core.Coach;

/// <summary>
/// One rule of the coach. A rule reads a story through its <see cref="StoryContext"/> and reports findings;
/// it never decides severity or suppression (the coach applies configuration).
/// </summary>
/// <remarks>Rules are stateless and may be shared between threads.</remarks>
public abstract class CoachRule
{
    /// <summary>The rule's identity and defaults.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Checks one story.</summary>
    public virtual void Analyze(StoryContext story)
    {
    }

    /// <summary>Checks the stories of one document together (for rules that compare stories).</summary>
    public virtual void AnalyzeTogether(IReadOnlyList<StoryContext> stories)
    {
    }
}
