namespace StoryBank.Core.Coach;

/// <summary>How much a finding matters. <see cref="None"/> turns a rule off.</summary>
public enum Severity
{
    /// <summary>The rule is off: it reports nothing.</summary>
    None,
    /// <summary>Worth knowing; does not block practice.</summary>
    Note,
    /// <summary>Should be fixed before the interview.</summary>
    Warning,
    /// <summary>Must be fixed: an interviewer would catch it. Makes <c>storybank lint</c> exit with 1.</summary>
    Error,
}

/// <summary>The names severities have in configuration files and in JSON and SARIF output.</summary>
public static class SeverityNames
{
    /// <summary>"none", "note", "warning" or "error".</summary>
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };
}

/// <summary>The families of rules; the first digit of a rule ID names its category.</summary>
public enum RuleCategory
{
    /// <summary>SB1xxx: the story's parts and what is prepared around it.</summary>
    Structure = 1,
    /// <summary>SB2xxx: who did what.</summary>
    Voice = 2,
    /// <summary>SB3xxx: how the result is stated.</summary>
    Impact = 3,
    /// <summary>SB4xxx: how the story sounds.</summary>
    Tone = 4,
    /// <summary>SB5xxx: speaking time and balance.</summary>
    Length = 5,
    /// <summary>SB6xxx: figures that must agree with each other.</summary>
    Numbers = 6,
}
