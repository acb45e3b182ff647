using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Spectre.Console;
using StoryBank.Core.Export;
using StoryBank.Core.Model;

namespace StoryBank.Cli.Rendering;

/// <summary>One line of a diff: <c>+</c> added, <c>-</c> removed, <c> </c> unchanged.</summary>
internal sealed record DiffLine(string Change, string Text);

/// <summary>Line diffs of two revisions of a story, compared as their canonical Markdown.</summary>
internal static class RevisionDiff
{
    public static IReadOnlyList<DiffLine> Lines(Story older, Story newer)
    {
        var diff = InlineDiffBuilder.Diff(Render(older), Render(newer), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        return [.. diff.Lines.Select(line => new DiffLine(
            line.Type switch
            {
                ChangeType.Inserted => "+",
                ChangeType.Deleted => "-",
                _ => " ",
            },
            line.Text))];
    }

    public static void Write(IAnsiConsole console, string storyId, int from, int to, IReadOnlyList<DiffLine> lines)
    {
        console.Write(new Text($"story {storyId}: revision {from} → {to}\n", new Style(decoration: Decoration.Bold)));
        if (lines.All(l => l.Change == " "))
        {
            console.Write(new Text("(no difference)\n"));
            return;
        }

        foreach (var line in lines)
        {
            var style = line.Change switch
            {
                "+" => new Style(Color.Green),
                "-" => new Style(Color.Red),
                _ => Style.Plain,
            };
            console.Write(new Text($"{line.Change} {line.Text}\n", style));
        }
    }

    // The story as its canonical Markdown file: every field, in the order a person reads them.
    private static string Render(Story story) => CanonicalMarkdownExporter.StoryFile(string.Empty, story);
}
