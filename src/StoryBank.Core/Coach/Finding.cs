namespace StoryBank.Core.Coach;

/// <summary>A place in a source file: 1-based lines and columns, end exclusive.</summary>
/// <param name="File">The file, as given to the linter or stored with the story.</param>
/// <param name="Line">The 1-based first line; 0 when the place is not known more precisely than the file.</param>
/// <param name="Column">The 1-based first column.</param>
/// <param name="EndLine">The line of the end.</param>
/// <param name="EndColumn">The column just past the end.</param>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn);

/// <summary>A suggested fix: replace the text at <paramref name="Span"/> with <paramref name="NewText"/>.</summary>
public sealed record TextEdit(SourceSpan Span, string NewText);

/// <summary>One problem a rule found in one story.</summary>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Severity">The severity after configuration.</param>
/// <param name="Message">What is wrong, in the story's own terms.</param>
/// <param name="StoryId">The story's id.</param>
/// <param name="StoryTitle">The story's title.</param>
/// <param name="Location">Where in the source.</param>
/// <param name="Excerpt">The text the finding points at, as written.</param>
/// <param name="Fixes">Edits that would fix it, when the rule knows one.</param>
public sealed record Finding(
    RuleDescriptor Rule,
    Severity Severity,
    string Message,
    string StoryId,
    string StoryTitle,
    SourceSpan Location,
    string Excerpt,
    IReadOnlyList<TextEdit> Fixes);
