namespace StoryBank.Core.Model;

/// <summary>The answer frameworks StoryBank knows.</summary>
public enum FrameworkKind
{
    /// <summary>Situation, Task, Action, Result.</summary>
    STAR,
    /// <summary>Challenge (or Context), Action, Result.</summary>
    CAR,
    /// <summary>Situation, Obstacle, Action, Result.</summary>
    SOAR,
    /// <summary>Context, Action, Result, Learning.</summary>
    CARL,
    /// <summary>Problem, Action, Result.</summary>
    PAR,
    /// <summary>Dramatize, Indicate the pivot, Go through the details, Summarize.</summary>
    DIGS,
    /// <summary>Not shaped like any known framework.</summary>
    Other,
}

/// <summary>The parts a story section can be.</summary>
public enum SectionKind
{
    /// <summary>A labeled or unlabeled part that is not a framework part.</summary>
    Other,
    /// <summary>The setting of the story.</summary>
    Situation,
    /// <summary>What the candidate owned or had to achieve.</summary>
    Task,
    /// <summary>What the candidate did.</summary>
    Action,
    /// <summary>The outcome.</summary>
    Result,
    /// <summary>Background (CAR, CARL).</summary>
    Context,
    /// <summary>The challenge faced (CAR).</summary>
    Challenge,
    /// <summary>The problem solved (PAR).</summary>
    Problem,
    /// <summary>What stood in the way (SOAR).</summary>
    Obstacle,
    /// <summary>What the candidate learned (CARL).</summary>
    Learning,
    /// <summary>DIGS: dramatize the situation.</summary>
    Dramatize,
    /// <summary>DIGS: indicate the pivot.</summary>
    Pivot,
    /// <summary>DIGS: go through the details.</summary>
    Details,
    /// <summary>DIGS: summarize.</summary>
    Summary,
    /// <summary>A reflection on the story (career-ops).</summary>
    Reflection,
}

/// <summary>The Markdown construct of a document block.</summary>
public enum BlockKind
{
    /// <summary>A heading line.</summary>
    Heading,
    /// <summary>A paragraph.</summary>
    Paragraph,
    /// <summary>A bulleted or numbered list.</summary>
    List,
    /// <summary>A table.</summary>
    Table,
    /// <summary>Fenced or indented code.</summary>
    Code,
    /// <summary>A blockquote.</summary>
    Quote,
    /// <summary>A thematic break (<c>---</c>).</summary>
    Separator,
    /// <summary>Raw HTML, including comments.</summary>
    Html,
    /// <summary>Front matter or anything else.</summary>
    Other,
}

/// <summary>What a mapping maps from.</summary>
public enum MappingKind
{
    /// <summary>An interview question.</summary>
    Question,
    /// <summary>A theme or question type ("Conflict", "Scaling/Performance").</summary>
    Theme,
    /// <summary>A company value or evaluation pillar.</summary>
    Value,
}
