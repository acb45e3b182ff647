namespace StoryBank.Core.Model;

/// <summary>
/// One imported story bank file: its stories, the text around them kept verbatim, and the
/// question/theme/value → story mappings the document itself states.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
/// <param name="Id">Stable identifier derived from the source file.</param>
/// <param name="Title">The document title (its first heading), empty when it has none.</param>
/// <param name="Source">The file the document was read from and its line range.</param>
/// <param name="Stories">The stories in source order.</param>
/// <param name="Blocks">Everything that is not a story, verbatim, in source order.</param>
/// <param name="Mappings">The mappings the document states.</param>
public sealed record Document(
    string Id,
    string Title,
    SourceRef Source,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<DocumentBlock> Blocks,
    IReadOnlyList<Mapping> Mappings);

/// <summary>A piece of a document that is not part of any story, kept verbatim.</summary>
/// <param name="Kind">The Markdown construct of the block.</param>
/// <param name="Text">The Markdown source of the block, verbatim.</param>
/// <param name="HeadingPath">The headings above the block, outermost first.</param>
/// <param name="Lines">The block's lines in the source.</param>
public sealed record DocumentBlock(BlockKind Kind, string Text, IReadOnlyList<string> HeadingPath, LineRange Lines);

/// <summary>A 1-based inclusive range of source lines.</summary>
public sealed record LineRange(int Start, int End);

/// <summary>What a document says a question, theme or company value should be answered with.</summary>
/// <param name="Kind">Whether <paramref name="Text"/> is a question, a theme or a company value.</param>
/// <param name="Text">The question, theme or value as written.</param>
/// <param name="StoryIds">The stories the document maps it to, best first.</param>
/// <param name="Line">The 1-based source line that states the mapping.</param>
public sealed record Mapping(MappingKind Kind, string Text, IReadOnlyList<string> StoryIds, int Line);
