using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>A Markdig block (or list item) with the 1-based source lines it spans.</summary>
internal sealed record Unit(Block Block, int StartLine, int EndLine)
{
    public static Unit Of(Block block, SourceText source)
    {
        var start = block.Line + 1;
        var end = block.Span.End >= block.Span.Start && block.Span.End >= 0 ? source.LineAt(block.Span.End) : start;
        if (block is ContainerBlock container && container.LastChild is { } last)
        {
            end = Math.Max(end, Of(last, source).EndLine);
        }

        // A span can end on a line that holds only the newline; blank trailing lines are not part of a block.
        while (end > start && string.IsNullOrWhiteSpace(source[end]))
        {
            end--;
        }

        return new Unit(block, start, Math.Max(start, end));
    }

    public BlockKind Kind => Block switch
    {
        HeadingBlock => BlockKind.Heading,
        ParagraphBlock => BlockKind.Paragraph,
        ListBlock or ListItemBlock => BlockKind.List,
        Table => BlockKind.Table,
        YamlFrontMatterBlock => BlockKind.Other,
        FencedCodeBlock or CodeBlock => BlockKind.Code,
        QuoteBlock => BlockKind.Quote,
        ThematicBreakBlock => BlockKind.Separator,
        HtmlBlock => BlockKind.Html,
        _ => BlockKind.Other,
    };
}
