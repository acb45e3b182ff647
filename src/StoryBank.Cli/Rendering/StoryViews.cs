using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using StoryBank.Core.Model;

namespace StoryBank.Cli.Rendering;

/// <summary>Renders stories for people: the list table and the single-story view.</summary>
internal static class StoryViews
{
    private const int WideConsole = 120;

    public static void WriteTable(IAnsiConsole console, IReadOnlyList<Story> stories)
    {
        if (stories.Count == 0)
        {
            console.Write(new Text("The bank is empty. Import a story bank with `storybank import PATH`.\n"));
            return;
        }

        // On a narrow console (80 columns when output is piped) the source column would squeeze the titles into
        // one word per line; `storybank show ID` and `list --json` still give it.
        var wide = console.Profile.Width >= WideConsole;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("id").NoWrap())
            .AddColumn("title")
            .AddColumn("company")
            .AddColumn(new TableColumn(wide ? "framework" : "fw").NoWrap())
            .AddColumn(new TableColumn(wide ? "sections" : "parts").RightAligned())
            .AddColumn(wide ? "short" : "30s")
            .AddColumn(new TableColumn(wide ? "follow-ups" : "Q&A").RightAligned());
        if (wide)
        {
            table.AddColumn("source");
        }

        foreach (var story in stories)
        {
            List<IRenderable> cells =
            [
                new Text(story.Id),
                new Text(story.Title),
                new Text(story.Company ?? ""),
                new Text(story.Framework.ToString()),
                new Text(Number(story.Sections.Count)),
                new Text(story.ShortVersion is null ? "no" : "yes"),
                new Text(Number(story.FollowUps.Count)),
            ];
            if (wide)
            {
                cells.Add(new Text(SourceOf(story)));
            }

            table.AddRow(cells);
        }

        console.Write(table);
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture, $"{stories.Count} {(stories.Count == 1 ? "story" : "stories")}\n")));
    }

    public static void WriteStory(IAnsiConsole console, Story story)
    {
        console.Write(new Text(story.Title + "\n", new Style(decoration: Decoration.Bold)));
        var facts = new[] { story.Company, story.Project, story.Framework.ToString() }.Where(f => !string.IsNullOrEmpty(f));
        console.Write(new Text($"{string.Join(" · ", facts)} · id {story.Id}\n", new Style(Color.Grey)));

        foreach (var section in story.Sections)
        {
            var label = section.Label.Length > 0 ? section.Label : section.Kind.ToString();
            console.Write(new Rule(Markup.Escape(label)).LeftJustified());
            console.Write(new Text(section.Text.TrimEnd() + "\n"));
        }

        if (story.ShortVersion is { } shortVersion)
        {
            Heading(console, "Short version");
            console.Write(new Text(shortVersion.TrimEnd() + "\n"));
        }

        if (story.FollowUps.Count > 0)
        {
            Heading(console, "Follow-ups");
            foreach (var followUp in story.FollowUps)
            {
                console.Write(new Text($"Q: {followUp.Question}\n", new Style(decoration: Decoration.Bold)));
                console.Write(new Text($"A: {followUp.Answer.TrimEnd()}\n"));
            }
        }

        if (story.Metrics.Count > 0)
        {
            Heading(console, "Key metrics");
            foreach (var metric in story.Metrics)
            {
                console.Write(new Text(metric.Name.Length > 0 ? $"- {metric.Name}: {metric.Value}\n" : $"- {metric.Value}\n"));
            }
        }

        console.Write(new Text(
            string.Create(CultureInfo.InvariantCulture, $"\nsource: {story.Source.File}:{story.Source.StartLine}-{story.Source.EndLine}\n"),
            new Style(Color.Grey)));
    }

    private static void Heading(IAnsiConsole console, string title) =>
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

    /// <summary>Where a story was read from, as <c>file:line</c> (the file name only).</summary>
    public static string SourceOf(Story story) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(story.Source.File)}:{story.Source.StartLine}");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
