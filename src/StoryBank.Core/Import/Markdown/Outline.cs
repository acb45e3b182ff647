using Markdig.Syntax;

namespace StoryBank.Core.Import.Markdown;

/// <summary>One heading of the document with the blocks it owns.</summary>
internal sealed class HeadingNode(int index, int level, string text, HeadingNode? parent)
{
    /// <summary>The heading's index in the document's units.</summary>
    public int Index { get; } = index;

    public int Level { get; } = level;

    public string Text { get; } = text;

    public HeadingNode? Parent { get; } = parent;

    public List<HeadingNode> Children { get; } = [];

    /// <summary>Exclusive end of the blocks directly under this heading (the next heading of any level).</summary>
    public int OwnEnd { get; set; }

    /// <summary>Exclusive end of everything under this heading (the next heading of the same or a higher level).</summary>
    public int ZoneEnd { get; set; }

    /// <summary>The role this heading has when it is a part of a story ("### Situation", "### Short Version").</summary>
    public Label? PartLabel { get; init; }

    public bool IsStory { get; set; }

    /// <summary>The ids of the stories under this heading, at any depth, in document order.</summary>
    public List<string> StoryIds { get; } = [];

    public IEnumerable<HeadingNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    public IEnumerable<HeadingNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));
}

/// <summary>The heading tree of a document.</summary>
internal static class Outline
{
    public static IReadOnlyList<HeadingNode> Build(IReadOnlyList<Unit> units, SourceText source)
    {
        var nodes = new List<HeadingNode>();
        var stack = new Stack<HeadingNode>();
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Block is not HeadingBlock heading)
            {
                continue;
            }

            while (stack.Count > 0 && stack.Peek().Level >= heading.Level)
            {
                stack.Pop();
            }

            var text = Headings.TextOf(units[i], source);
            var node = new HeadingNode(i, heading.Level, text, stack.Count > 0 ? stack.Peek() : null)
            {
                PartLabel = Labels.ParseHeading(text),
            };
            node.Parent?.Children.Add(node);
            nodes.Add(node);
            stack.Push(node);
        }

        var open = new Stack<HeadingNode>();
        for (var n = 0; n < nodes.Count; n++)
        {
            nodes[n].OwnEnd = n + 1 < nodes.Count ? nodes[n + 1].Index : units.Count;
            while (open.Count > 0 && open.Peek().Level >= nodes[n].Level)
            {
                open.Pop().ZoneEnd = nodes[n].Index;
            }

            open.Push(nodes[n]);
        }

        foreach (var node in open)
        {
            node.ZoneEnd = units.Count;
        }

        return nodes;
    }
}
