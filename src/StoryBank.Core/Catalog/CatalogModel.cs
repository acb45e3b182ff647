using StoryBank.Core.Model;

namespace StoryBank.Core.Catalog;

/// <summary>A competency interviewers probe, with the words people use for it in questions, themes and value names.</summary>
/// <param name="Id">Stable kebab-case id, e.g. <c>conflict</c>.</param>
/// <param name="Name">Display name, e.g. "Conflict and disagreement".</param>
/// <param name="Synonyms">Lower-case words and phrases that are evidence for the competency.</param>
public sealed record Competency(string Id, string Name, IReadOnlyList<string> Synonyms);

/// <summary>A standard follow-up question interviewers ask after a story.</summary>
/// <param name="Id">Stable id, e.g. <c>differently</c>.</param>
/// <param name="Question">The canonical wording.</param>
/// <param name="Variants">Other wordings of the same probe.</param>
public sealed record FollowUpProbe(string Id, string Question, IReadOnlyList<string> Variants);

/// <summary>How hard a question pushes.</summary>
public enum QuestionLevel
{
    /// <summary>An ordinary behavioral question.</summary>
    Normal,
    /// <summary>A sharp, probing question of the kind asked in senior loops.</summary>
    Grilling,
}

/// <summary>A behavioral question of the question bank.</summary>
/// <param name="Id">Stable id, e.g. <c>q042</c>.</param>
/// <param name="Text">The question as asked.</param>
/// <param name="Competencies">Ids of the competencies it probes.</param>
/// <param name="Level">How hard it pushes.</param>
/// <param name="Framework">The framework its phrasing calls for.</param>
public sealed record CatalogQuestion(string Id, string Text, IReadOnlyList<string> Competencies, QuestionLevel Level, FrameworkKind Framework);

/// <summary>What an entry of a value pack is.</summary>
public enum ValueKind
{
    /// <summary>A value or principle the company publishes.</summary>
    Value,
    /// <summary>A pillar or area of a specific interview (e.g. a management interview's focus areas).</summary>
    Pillar,
    /// <summary>A competency the company's interviewers are known to assess.</summary>
    Competency,
}

/// <summary>One value of a company's pack.</summary>
/// <param name="Id">Stable kebab-case id within the pack, e.g. <c>dive-deep</c>.</param>
/// <param name="Name">The name as the company writes it, e.g. "Dive Deep".</param>
/// <param name="Kind">Value, interview pillar or assessed competency.</param>
/// <param name="Description">What the value asks of a candidate's stories.</param>
/// <param name="Competencies">Ids of the competencies it draws on.</param>
/// <param name="Questions">Sample questions that probe it.</param>
public sealed record CompanyValue(string Id, string Name, ValueKind Kind, string Description, IReadOnlyList<string> Competencies, IReadOnlyList<string> Questions);

/// <summary>A company's values as interviewers use them.</summary>
/// <param name="Company">The company's name, e.g. "Amazon".</param>
/// <param name="Aliases">Lower-case names people type for the pack ("amazon", "aws", "lp").</param>
/// <param name="Values">The values, in the company's order.</param>
/// <param name="Source">Where the pack was read from (a file name, or the built-in resource).</param>
public sealed record ValuePack(string Company, IReadOnlyList<string> Aliases, IReadOnlyList<CompanyValue> Values, string Source);
