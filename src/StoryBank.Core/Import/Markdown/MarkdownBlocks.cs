using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace StoryBank.Core.Import.Markdown;

/// <summary>
/// Parses a bank into Markdig's blocks. A large bank is parsed in pieces at once, one per core: each piece starts with
/// a heading (a line starting with #) that follows an empty line, where nothing open before can go on, so every piece
/// parses as it would inside the whole text.
/// </summary>
internal static class MarkdownBlocks
{
    /// <summary>The least text worth a piece of its own.</summary>
    internal const int MinimumPiece = 128 * 1024;

    // Blocks only: the recognizer reads labels and text from the source lines, so Markdig's inline pass (emphasis,
    // links, pipe tables) would be work thrown away. Tables are recognized from their delimiter row instead.
    private static readonly MarkdownPipeline Pipeline = BlocksOnly(new MarkdownPipelineBuilder().UseYamlFrontMatter());

    /// <summary>The top-level blocks of <paramref name="text"/>, with lines and spans in <paramref name="text"/>.</summary>
    public static IReadOnlyList<Block> Parse(string text) =>
        Parse(text, Math.Clamp(text.Length / MinimumPiece, 1, Environment.ProcessorCount));

    /// <summary>The top-level blocks of <paramref name="text"/>, parsed in up to <paramref name="pieces"/> pieces.</summary>
    internal static IReadOnlyList<Block> Parse(string text, int pieces)
    {
        var starts = PieceStarts(text, pieces);
        if (starts.Count == 1)
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }

        var documents = new MarkdownDocument[starts.Count];
        Parallel.For(0, starts.Count, i =>
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            documents[i] = Markdig.Markdown.Parse(text[starts[i]..end], Pipeline);
        });

        // A piece that ends inside a code fence, an HTML block or front matter would have taken the next piece's heading
        // in: parse the whole text instead (a bank rarely leaves one open).
        if (documents.SkipLast(1).Any(EndsOpen))
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }

        var blocks = new List<Block>();
        for (var i = 0; i < documents.Length; i++)
        {
            var lines = text.AsSpan(0, starts[i]).Count('\n');
            foreach (var block in documents[i])
            {
                Move(block, starts[i], lines);
                blocks.Add(block);
            }
        }

        return blocks;
    }

    private static MarkdownPipeline BlocksOnly(MarkdownPipelineBuilder builder)
    {
        builder.InlineParsers.Clear();
        foreach (var parser in builder.BlockParsers)
        {
            // Without this every paragraph and heading would still get an (empty) inline tree.
            parser.Closed += static (_, block) =>
            {
                if (block is LeafBlock leaf)
                {
                    leaf.ProcessInlines = false;
                }
            };
        }

        return builder.Build();
    }

    /// <summary>
    /// Where each piece starts: 0, then a heading after an empty line at or past each even share of the text. A text
    /// that may open with front matter is one piece: whether Markdig reads its first line as front matter depends on
    /// "---" lines further down, so no cut is safe.
    /// </summary>
    private static List<int> PieceStarts(string text, int pieces)
    {
        var starts = new List<int> { 0 };
        if (text.StartsWith("---", StringComparison.Ordinal))
        {
            return starts;
        }

        for (var i = 1; i < pieces; i++)
        {
            var from = Math.Max(starts[^1] + 1, (int)((long)text.Length * i / pieces));
            var heading = from < text.Length ? NextHeadingAfterEmptyLine(text, from) : -1;
            if (heading < 0)
            {
                break;
            }

            starts.Add(heading);
        }

        return starts;
    }

    /// <summary>The offset of the next "#"…"######" heading at or after <paramref name="from"/> that follows an empty line; -1 if none.</summary>
    private static int NextHeadingAfterEmptyLine(string text, int from)
    {
        for (var at = text.IndexOf("\n\n#", from, StringComparison.Ordinal); at >= 0; at = text.IndexOf("\n\n#", at + 1, StringComparison.Ordinal))
        {
            var marks = text.AsSpan(at + 2).IndexOfAnyExcept('#') is var run and >= 0 ? run : text.Length - at - 2;
            var after = at + 2 + marks;
            if (marks <= 6 && (after == text.Length || text[after] is ' ' or '\t' or '\n'))
            {
                return at + 2;
            }
        }

        return -1;
    }

    /// <summary>True when the text's last block is one that a following line could still belong to.</summary>
    private static bool EndsOpen(MarkdownDocument document)
    {
        Block? last = document.LastChild;
        while (last is ContainerBlock { LastChild: { } child })
        {
            last = child;
        }

        return last is FencedCodeBlock or HtmlBlock or YamlFrontMatterBlock;
    }

    /// <summary>Moves a piece's block (and everything in it) to where the piece starts in the whole text.</summary>
    private static void Move(Block block, int offset, int lines)
    {
        block.Line += lines;
        block.Span = new SourceSpan(block.Span.Start >= 0 ? block.Span.Start + offset : block.Span.Start, block.Span.End >= 0 ? block.Span.End + offset : block.Span.End);
        if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                Move(child, offset, lines);
            }
        }
    }
}
