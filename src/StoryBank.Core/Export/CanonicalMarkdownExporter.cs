using System.Text;
using StoryBank.Core.Model;
using YamlDotNet.RepresentationModel;
using static StoryBank.Core.Export.CanonicalFormat;
using static StoryBank.Core.Export.YamlFrontMatter;

namespace StoryBank.Core.Export;

/// <summary>
/// Exports each document as a folder <c>&lt;document-slug&gt;/</c> holding one Markdown file per story
/// (<c>&lt;story-slug&gt;.md</c>, YAML front matter then a clean story template) and an <c>index.md</c> with the
/// document's own text, blocks and mappings. Readable in Obsidian and on GitHub; read back by the canonical reader.
/// The format is documented in <c>docs/formats.md</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class CanonicalMarkdownExporter : IDocumentExporter
{
    private static readonly HashSet<string> ReservedStorySlugs = new(StringComparer.Ordinal) { IndexFileName };

    /// <inheritdoc/>
    public IReadOnlyList<ExportedFile> Export(Document document) => ExportAll([document]);

    /// <inheritdoc/>
    public IReadOnlyList<ExportedFile> ExportAll(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var folders = Slug.ForDocuments(list);
        var files = new List<ExportedFile>();
        for (var i = 0; i < list.Count; i++)
        {
            var document = list[i];
            var storySlugs = Slug.AssignUnique(
                [.. document.Stories.Select(s => (s.Id, Slug.Of(s.Title)))], "story", ReservedStorySlugs);
            files.AddRange(document.Stories.Select((story, s) =>
                new ExportedFile($"{folders[i]}/{storySlugs[s]}.md", StoryFile(document.Id, story))));
            files.Add(new ExportedFile($"{folders[i]}/{IndexFileName}.md", IndexFile(document, storySlugs)));
        }

        return files;
    }

    /// <summary>The canonical Markdown of one story of document <paramref name="documentId"/>.</summary>
    public static string StoryFile(string documentId, Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var frontMatter = Map(
            (MarkerKey, String(CanonicalFormat.StoryFile)),
            ("id", String(story.Id)),
            ("document", String(documentId)),
            ("title", String(story.Title)),
            ("company", String(story.Company)),
            ("project", String(story.Project)),
            ("framework", String(story.Framework.ToString())),
            ("language", String(story.Language)),
            ("competencies", Strings(story.Competencies)),
            ("tags", Strings(story.Tags)),
            ("learnings", Strings(story.Learnings)),
            ("headingPath", Strings(story.HeadingPath)),
            ("source", Source(story.Source)),
            ("sectionLines", Ints(story.Sections.Select(s => s.Line))));

        var body = new MarkdownParts();
        body.Add(TitlePrefix + OneLine(story.Title.Length > 0 ? story.Title : UntitledHeading));
        var sections = story.Sections.AsEnumerable();
        if (story.Sections is [{ Label.Length: 0, Text.Length: > 0 } first, ..])
        {
            body.Add(first.Text);
            sections = sections.Skip(1);
        }

        if (story.ShortVersion is { } shortVersion)
        {
            body.Add(PartHeadingPrefix + ShortVersionHeading, Quote(shortVersion));
        }

        foreach (var section in sections)
        {
            body.Add(PartHeadingPrefix + SectionHeading(section.Label), section.Text);
        }

        if (story.FollowUps.Count > 0)
        {
            body.Add(PartHeadingPrefix + FollowUpsHeading);
            foreach (var followUp in story.FollowUps)
            {
                body.Add(QuestionPrefix + OneLine(followUp.Question) + QuestionSuffix
                    + (followUp.Answer.Length > 0 ? "\n" + Quote(followUp.Answer) : string.Empty));
            }
        }

        if (story.BestFor.Count > 0)
        {
            body.Add(PartHeadingPrefix + BestForHeading, string.Join('\n', story.BestFor.Select(Item)));
        }

        if (story.Metrics.Count > 0)
        {
            body.Add(PartHeadingPrefix + MetricsHeading, string.Join('\n', story.Metrics.Select(MetricItem)));
        }

        return YamlFrontMatter.Write(frontMatter) + body;
    }

    /// <summary>The canonical index of <paramref name="document"/>, linking the stories by their file slugs.</summary>
    public static string IndexFile(Document document, IReadOnlyList<string> storySlugs)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(storySlugs);
        var frontMatter = Map(
            (MarkerKey, String(CanonicalFormat.IndexFile)),
            ("id", String(document.Id)),
            ("title", String(document.Title)),
            ("source", Source(document.Source)),
            ("mappings", new YamlSequenceNode(document.Mappings.Select(m => (YamlNode)FlowMap(
                ("kind", String(m.Kind.ToString())),
                ("text", String(m.Text)),
                ("storyIds", Strings(m.StoryIds)),
                ("line", Int(m.Line)))))),
            ("blocks", new YamlSequenceNode(document.Blocks.Select(b => (YamlNode)FlowMap(
                ("kind", String(b.Kind.ToString())),
                ("headingPath", Strings(b.HeadingPath)),
                ("lines", Ints([b.Lines.Start, b.Lines.End])))))));

        var body = new StringBuilder();
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            // Exactly one blank line follows each block's text; the reader strips exactly that.
            body.Append(BlockMarker(i)).Append('\n').Append(document.Blocks[i].Text).Append("\n\n");
        }

        body.Append(StoriesMarker).Append('\n');
        if (document.Stories.Count > 0)
        {
            body.Append('\n').Append(PartHeadingPrefix).Append("Stories\n\n");
            for (var i = 0; i < document.Stories.Count; i++)
            {
                var title = document.Stories[i].Title.Length > 0 ? document.Stories[i].Title : storySlugs[i];
                body.Append("- [[").Append(storySlugs[i]).Append('|').Append(WikiLinkText(title)).Append("]]\n");
            }
        }

        return YamlFrontMatter.Write(frontMatter) + body;
    }

    private static YamlMappingNode Source(SourceRef source) => FlowMap(
        ("file", String(source.File)),
        ("startLine", Int(source.StartLine)),
        ("endLine", Int(source.EndLine)));

    private static string SectionHeading(string label) => label.Length == 0
        ? UntitledHeading
        : IsReservedHeading(label) || label.EndsWith(SectionSuffix, StringComparison.Ordinal)
            ? OneLine(label) + SectionSuffix
            : OneLine(label);

    private static string Quote(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));

    private static string Item(string text) => ItemPrefix + text;

    // A metric without a name whose value holds the separator gets an empty name written out, so it reads back nameless.
    private static string MetricItem(Metric metric) =>
        metric.Name.Length > 0 || metric.Value.Contains(MetricSeparator, StringComparison.Ordinal)
            ? Item(metric.Name + MetricSeparator + metric.Value)
            : Item(metric.Value);

    // Headings and question lines are one line by nature; a line break inside one is written as a space.
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string WikiLinkText(string title) => OneLine(title).Replace("]]", "] ]", StringComparison.Ordinal).Replace('|', '/');

    /// <summary>Markdown parts separated by one blank line.</summary>
    private sealed class MarkdownParts
    {
        private readonly StringBuilder _text = new();

        public void Add(string heading, string content)
        {
            Add(heading);
            if (content.Length > 0)
            {
                Add(content);
            }
        }

        public void Add(string part)
        {
            if (_text.Length > 0)
            {
                _text.Append('\n');
            }

            _text.Append(part).Append('\n');
        }

        public override string ToString() => _text.ToString();
    }
}
