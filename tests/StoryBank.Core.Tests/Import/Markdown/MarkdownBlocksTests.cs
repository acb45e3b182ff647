using FsCheck;
using FsCheck.Fluent;
using Markdig.Syntax;
using StoryBank.Core.Import.Markdown;

namespace StoryBank.Core.Tests.Import.Markdown;

/// <summary>
/// A bank parsed in pieces at once gives the importer exactly the blocks the whole text gives: same kinds, same nesting,
/// same lines — on text made of the constructs that could carry a piece's start into the block before it (code fences,
/// HTML blocks, comments, lists, quotes, front matter) and on the real seeds.
/// </summary>
public sealed class MarkdownBlocksTests
{
    private static readonly string[] Lines =
    [
        "# Title", "## 1. A story", "### Situation", "#### Deep", "####### seven marks", "#not a heading", "# ", "", "", "", "",
        "Text of a paragraph", "**Situation:** text", "- item", "  - nested item", "1. first", "2. second", "   continued",
        "> quote", "> ## heading in a quote", "    indented code", "<!-- one line -->", "---", "===", "title: x", "| a | b |",
        "|---|---|", "\t- tabbed", "-->", "</div>", "</script>", "</pre>", "?>", "]]>", "...",
    ];

    /// <summary>Lines that open something an empty line does not close (until a closing line, if any).</summary>
    private static readonly string[] Openers = ["```", "```js", "~~~", "<!-- comment", "<div>", "<script>", "<pre>", "<?php", "<![CDATA["];

    /// <summary>Where a piece can start: a heading after an empty line.</summary>
    private static readonly string[] HeadingsAfterEmptyLines = ["\n# Part", "\n## Story", "\n### Situation", "\n###### Six"];

    private static Arbitrary<string> BankLike() =>
        Gen.Frequency((12, Gen.Elements(Lines)), (1, Gen.Elements(Openers)), (4, Gen.Elements(HeadingsAfterEmptyLines)))
            .ListOf()
            .Select(lines => string.Join('\n', lines))
            .ToArbitrary();

    [Fact]
    public void Text_parsed_in_pieces_gives_the_blocks_of_the_whole_text()
    {
        var pieced = 0;
        Prop.ForAll(BankLike(), Gen.Choose(2, 5).ToArbitrary(), (text, pieces) =>
        {
            var blocks = MarkdownBlocks.Parse(text, pieces);
            pieced += blocks is MarkdownDocument ? 0 : 1; // one document: the text was parsed whole
            Assert.Equal(Describe(text, MarkdownBlocks.Parse(text, 1)), Describe(text, blocks));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(10000).WithStartSize(10).WithEndSize(150));
        Assert.True(pieced >= 1500, $"only {pieced} of 10000 texts were parsed in pieces"); // about a fifth: long texts often leave a fence open
    }

    [Fact]
    public void A_piece_that_ends_inside_a_code_fence_falls_back_to_the_whole_text()
    {
        var text = "# One\n\n```\ncode\n\n# not a heading, still code\n\ntext\n```\n\n# Two\n\ntext\n";
        var blocks = MarkdownBlocks.Parse(text, 3);
        Assert.Equal(["HeadingBlock", "FencedCodeBlock", "HeadingBlock", "ParagraphBlock"], blocks.Select(b => b.GetType().Name));
        Assert.Equal(Describe(text, MarkdownBlocks.Parse(text, 1)), Describe(text, blocks));
    }

    [Fact]
    public void Front_matter_is_read_as_in_the_whole_text()
    {
        // Whether Markdig reads the first "---" as front matter depends on "---" lines further down (found by this property).
        foreach (var text in new[] { "---\n...\ntext\n\n# One\n\npara\n\n# Two\n\npara\n\n---\n\n# Three\n\npara\n", "---\n---\n1. first\n\n# Part\n\ntext\n?>\n---\n\n# Part\n\n## Story\n" })
        {
            Assert.IsType<Markdig.Extensions.Yaml.YamlFrontMatterBlock>(MarkdownBlocks.Parse(text, 1)[0]);
            foreach (var pieces in new[] { 2, 3, 4 })
            {
                Assert.Equal(Describe(text, MarkdownBlocks.Parse(text, 1)), Describe(text, MarkdownBlocks.Parse(text, pieces)));
            }
        }
    }

    [Fact]
    public void Blocks_of_a_later_piece_carry_their_lines_and_offsets_in_the_whole_text()
    {
        var text = "# One\n\npara one\n\n# Two\n\npara two\n";
        var blocks = MarkdownBlocks.Parse(text, 2);
        var two = Assert.IsType<HeadingBlock>(blocks[2]);
        Assert.Equal(4, two.Line);
        Assert.Equal(text.IndexOf("# Two", StringComparison.Ordinal), two.Span.Start);
    }

    [SeedFact]
    public void Seeds_parsed_in_pieces_give_the_blocks_of_the_whole_text()
    {
        foreach (var path in Directory.GetFiles(SeedFactAttribute.SeedsFolder!, "*.txt"))
        {
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            foreach (var pieces in new[] { 2, 3, 8 })
            {
                Assert.Equal(Describe(text, MarkdownBlocks.Parse(text, 1)), Describe(text, MarkdownBlocks.Parse(text, pieces)));
            }
        }
    }

    /// <summary>Every block as the importer sees it: kind, list order, heading level, lines, and the blocks inside.</summary>
    private static List<string> Describe(string text, IReadOnlyList<Block> blocks)
    {
        var source = new SourceText(text);
        var description = new List<string>();
        foreach (var unit in Unit.Sequence(blocks, source.LineCount, source))
        {
            Describe(unit.Block, source, "", description);
            description.Add($"unit {unit.StartLine}-{unit.EndLine}");
        }

        return description;
    }

    private static void Describe(Block block, SourceText source, string indent, List<string> description)
    {
        var unit = Unit.Of(block, source);
        var detail = block switch
        {
            ListBlock list => $" ordered={list.IsOrdered}",
            HeadingBlock heading => $" level={heading.Level}",
            _ => "",
        };
        description.Add($"{indent}{block.GetType().Name}{detail} {unit.StartLine}-{unit.EndLine}");
        if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                Describe(child, source, indent + "  ", description);
            }
        }
    }
}
