namespace StoryBank.Core.Model;

/// <summary>
/// One interview story as the candidate wrote it: its framework sections (the full 2–3 minute version),
/// the 30-second short version, and everything the candidate prepared around it.
/// </summary>
/// <remarks>Immutable; safe to share between threads. Collections are never null.</remarks>
/// <param name="Id">Stable identifier: the same story in the same source keeps it across re-imports.</param>
/// <param name="Title">The title as written, without its numbering ("Legend 3:", "2.").</param>
/// <param name="Company">The company the story happened at, when the document names it.</param>
/// <param name="Project">The project the story is about, when the document names it.</param>
/// <param name="Framework">The answer framework: explicit in the document, else inferred from the section labels.</param>
/// <param name="Sections">The full version, in source order.</param>
/// <param name="ShortVersion">The ~30-second version, or <see langword="null"/> when the document has none.</param>
/// <param name="Competencies">Competencies the document states for the story (a "Competency:" line).</param>
/// <param name="BestFor">Interview questions the document says the story answers.</param>
/// <param name="FollowUps">Prepared follow-up questions with their answers.</param>
/// <param name="Metrics">The "key metrics" the candidate must know cold.</param>
/// <param name="Learnings">What the candidate learned, as stated in learning sections or "Learning:" items.</param>
/// <param name="Tags">Themes from the title ("[Conflict] …", "Crisis Management: …") and the heading trail.</param>
/// <param name="Language">Two-letter language code of the story text ("en", "ru").</param>
/// <param name="HeadingPath">The document headings above the story, outermost first (pillar, question...).</param>
/// <param name="Source">Where the story was read from.</param>
public sealed record Story(
    string Id,
    string Title,
    string? Company,
    string? Project,
    FrameworkKind Framework,
    IReadOnlyList<Section> Sections,
    string? ShortVersion,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<string> BestFor,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<Metric> Metrics,
    IReadOnlyList<string> Learnings,
    IReadOnlyList<string> Tags,
    string Language,
    IReadOnlyList<string> HeadingPath,
    SourceRef Source)
{
    /// <summary>The first section of the given kind, or <see langword="null"/>.</summary>
    public Section? SectionOf(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}

/// <summary>One part of a story's full version.</summary>
/// <param name="Kind">What the part is (Situation, Action...), <see cref="SectionKind.Other"/> when the label is not a framework part.</param>
/// <param name="Label">The label exactly as written ("Actions", "S (Situation)"), empty for unlabeled text.</param>
/// <param name="Text">The Markdown text of the section, verbatim, without its label.</param>
/// <param name="Line">The 1-based line of the section's label in the original source, 0 when unknown.</param>
public sealed record Section(SectionKind Kind, string Label, string Text, int Line);

/// <summary>A follow-up question the candidate prepared for, with the prepared answer.</summary>
public sealed record FollowUp(string Question, string Answer);

/// <summary>A number the candidate must know cold ("API response time: 60s → 2s").</summary>
/// <param name="Name">What is measured; empty when the item has no name.</param>
/// <param name="Value">The figure(s) as written.</param>
public sealed record Metric(string Name, string Value);

/// <summary>Where something was read from: file and 1-based inclusive line range.</summary>
public sealed record SourceRef(string File, int StartLine, int EndLine);
