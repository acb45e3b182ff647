using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>A Markdig block (or list item) with the 1-based source lines it spans.</summary>
internal sealed record Unit(Block Block, int StartLine, int EndLine)
{
    public static Unit Of(Block block, SourceText source)
    {
        // Markdig puts a setext heading on its underline; its span starts at the text.
        var start = block.Span.Start >= 0 ? Math.Min(block.Line + 1, source.LineAt(block.Span.Start)) : block.Line + 1;
        var end = EndLineOf(block, source);

        // A span can end on a line that holds only the newline; blank trailing lines are not part of a block.
        while (end > start && source.IsBlank(end))
        {
            end--;
        }

        return new Unit(block, start, Math.Max(start, end));
    }

    // A container's span does not always reach the end of its last child.
    private static int EndLineOf(Block block, SourceText source)
    {
        var end = block.Span.End >= block.Span.Start && block.Span.End >= 0 ? source.LineAt(block.Span.End) : block.Line + 1;
        return block is ContainerBlock { LastChild: { } last } ? Math.Max(end, EndLineOf(last, source)) : end;
    }

    /// <summary>
    /// Units for a sequence of sibling blocks that together span lines up to <paramref name="lastLine"/>: each unit also
    /// takes the non-blank lines up to its next sibling, so no line falls between blocks whatever Markdig's spans say
    /// (an unclosed code fence, for one).
    /// </summary>
    public static List<Unit> Sequence(IEnumerable<Block> blocks, int lastLine, SourceText source)
    {
        var units = blocks.Select(b => Of(b, source)).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            var limit = (i + 1 < units.Count ? units[i + 1].StartLine : lastLine + 1) - 1;
            var end = limit;
            while (end > units[i].EndLine && source.IsBlank(end))
            {
                end--;
            }

            // Never overlap the next block (a pipe table can take lines Markdig also left in the paragraph above it).
            end = Math.Max(units[i].StartLine, Math.Min(end, limit));
            if (end != units[i].EndLine)
            {
                units[i] = units[i] with { EndLine = end };
            }
        }

        return units;
    }

    /// <summary>The items of a list unit, covering every line of the list.</summary>
    public static List<Unit> ItemsOf(Unit list, SourceText source) =>
        Sequence(((ListBlock)list.Block).OfType<ListItemBlock>(), list.EndLine, source);

    /// <summary>
    /// The Markdown construct of the unit. Tables are recognized here from their delimiter row, because the importer
    /// parses blocks only (Markdig finds pipe tables while parsing inlines, which the importer never needs).
    /// </summary>
    public BlockKind KindIn(SourceText source) => Block switch
    {
        HeadingBlock => BlockKind.Heading,
        ParagraphBlock when EndLine > StartLine && source.Span(StartLine).Contains('|') && IsDelimiterRow(source.Span(StartLine + 1)) => BlockKind.Table,
        ParagraphBlock => BlockKind.Paragraph,
        ListBlock or ListItemBlock => BlockKind.List,
        YamlFrontMatterBlock => BlockKind.Other,
        FencedCodeBlock or CodeBlock => BlockKind.Code,
        QuoteBlock => BlockKind.Quote,
        ThematicBreakBlock => BlockKind.Separator,
        HtmlBlock => BlockKind.Html,
        _ => BlockKind.Other,
    };

    /// <summary>A table's delimiter row: "|---|:--:|", "--- | ---".</summary>
    private static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        var row = line.Trim();
        return row.Contains('-') && row.Contains('|') && !row.ContainsAnyExcept("|-: \t");
    }
}
