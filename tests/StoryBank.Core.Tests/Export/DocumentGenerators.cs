using FsCheck;
using FsCheck.Fluent;
using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Export;

/// <summary>
/// Generators of realistic, normalized documents: Markdown-ish texts (paragraphs, lists, quotes, fenced code holding
/// "## " lines), Cyrillic and emoji, and strings hostile to YAML. Texts have no surrounding whitespace, no trailing
/// spaces, "\n" line endings, no "# "/"## " lines outside fences and no runs of blank lines.
/// </summary>
public static class DocumentGenerators
{
    private static readonly string[] Words =
    [
        "Led", "the", "migration", "of", "billing", "to", "Kafka", "cut", "latency", "team", "on-call", "incident",
        "Кризис", "команда", "миграция", "результат", "🚀", "🔥", "✅", "café", "naïve", "日本語",
        "key: value", "- x", "\"quoted\"", "'single'", "#hash", "50%", "$500K", "[link](x)", "**bold**", "a|b",
        "{brace}", "&amp;", "@user", "null", "true", "123", "0x1F", "~", "!", "*", "`code`", "→", "60s → 2s",
        "<b>", "---", "...", ":", "? maybe", "%YAML", "\\back", "tab\there", "[[wiki]]", "]]",
    ];

    private static readonly string[] KnownLabels =
    [
        "Situation", "Task", "Action", "Actions", "Result", "Results", "Outcome", "Context", "Background", "Challenge",
        "Problem", "Obstacle", "Learning", "Lessons learned", "What I learned", "Dramatize", "Indicate the pivot",
        "Go through the details", "Summary", "Reflection", "S (Situation)", "T (Task)", "A (Action)", "R (Result)",
        "Result (what changed)", "situation:", "ACTIONS",
    ];

    // Labels that collide with the canonical template's reserved headings; the exporter must escape them.
    private static readonly string[] ReservedLookingLabels = ["Key metrics", "short version", "(untitled)", "Follow-up questions"];

    /// <summary>One line of words: never empty, no surrounding whitespace.</summary>
    public static Gen<string> Line { get; } =
        Gen.Elements(Words).NonEmptyListOf().Select(words => string.Join(' ', words.Take(8)));

    /// <summary>A single-line string that may be empty.</summary>
    public static Gen<string> LineOrEmpty { get; } = Gen.Frequency((6, Line), (1, Gen.Constant(string.Empty)));

    /// <summary>A front matter string: usually one line, sometimes several.</summary>
    public static Gen<string> FrontMatterText { get; } = Gen.Frequency(
        (8, Line),
        (1, Gen.Constant(string.Empty)),
        (1, Gen.Two(Line).Select(t => $"{t.Item1}\n{t.Item2}")));

    private static Gen<string> Paragraph { get; } = Gen.Choose(1, 3).SelectMany(n => Line.ListOf(n)).Select(l => string.Join('\n', l));

    private static Gen<string> BulletList { get; } =
        Gen.Choose(1, 4).SelectMany(n => Line.ListOf(n)).Select(l => string.Join('\n', l.Select(x => "- " + x)));

    private static Gen<string> QuoteBlock { get; } = Line.Select(l => "> " + l);

    private static Gen<string> CodeLine { get; } = Gen.Frequency(
        (3, Line),
        (2, Line.Select(l => "## " + l)),
        (1, Gen.Constant("## Result")),
        (1, Line.Select(l => "# " + l)),
        (1, Gen.Constant("---")));

    private static Gen<string> FencedCode { get; } =
        from fence in Gen.Elements("```", "~~~", "````")
        from info in Gen.Elements(string.Empty, "csharp", "yaml")
        from body in Gen.Choose(1, 4).SelectMany(n => CodeLine.ListOf(n))
        from inner in Gen.Elements(string.Empty, fence == "~~~" ? "```" : string.Empty)
        select $"{fence}{info}\n{string.Join('\n', body)}{(inner.Length > 0 ? "\n" + inner : string.Empty)}\n{fence}";

    /// <summary>Multi-line Markdown: paragraphs, lists, quotes and fenced code separated by single blank lines.</summary>
    public static Gen<string> Markdown { get; } =
        Gen.Choose(1, 3)
            .SelectMany(n => Gen.Frequency((4, Paragraph), (2, BulletList), (1, QuoteBlock), (2, FencedCode)).ListOf(n))
            .Select(blocks => string.Join("\n\n", blocks));

    private static Gen<string> Label { get; } = Gen.Frequency(
        (6, Gen.Elements(KnownLabels)),
        (2, Line),
        (1, Gen.Elements(ReservedLookingLabels)),
        (1, Gen.Constant(string.Empty)));

    private static Gen<Section> Section { get; } =
        from label in Label
        from text in Gen.Frequency((8, Markdown), (1, Gen.Constant(string.Empty)))
        from line in Gen.Choose(0, 500)
        select new Section(SectionLabels.Classify(label) ?? SectionKind.Other, label, text, line);

    private static Gen<Metric> Metric { get; } =
        from name in Gen.Frequency((3, Line.Where(n => !n.Contains(": ", StringComparison.Ordinal))), (1, Gen.Constant(string.Empty)))
        from value in Gen.Frequency((4, Line), (1, Gen.Constant("API response time: 60s → 2s")))
        select new Metric(name, value);

    private static Gen<FollowUp> FollowUp { get; } =
        from question in Line
        from answer in Gen.Frequency((5, Markdown), (1, Gen.Constant(string.Empty)))
        select new FollowUp(question, answer);

    private static Gen<SourceRef> Source { get; } =
        from file in Gen.Elements("/home/me/bank.md", "C:\\Users\\me\\Stories.md", "банк историй.md", "notes: v2.md", "- odd.md")
        from start in Gen.Choose(1, 400)
        from length in Gen.Choose(0, 80)
        select new SourceRef(file, start, start + length);

    private static Gen<IReadOnlyList<T>> Small<T>(Gen<T> gen, int max = 3) =>
        Gen.Choose(0, max).SelectMany(n => gen.ListOf(n)).Select(l => (IReadOnlyList<T>)[.. l]);

    private static Gen<Story> Story(string id, int startLine) =>
        from title in Gen.Frequency((8, Line), (1, FrontMatterText), (1, Gen.Constant(string.Empty)))
        from company in Line.OrNull()
        from project in Line.OrNull()
        from framework in Gen.Elements(Enum.GetValues<FrameworkKind>())
        from sections in Small(Section, 5)
        from shortVersion in Gen.Frequency((4, Markdown.Select(s => (string?)s)), (2, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>(string.Empty)))
        from competencies in Small(FrontMatterText)
        from bestFor in Small(Line)
        from followUps in Small(FollowUp)
        from metrics in Small(Metric)
        from learnings in Small(FrontMatterText)
        from tags in Small(Line)
        from language in Gen.Elements("en", "ru")
        from headingPath in Small(Line)
        from file in Source
        select new Story(id, title, company, project, framework, sections, shortVersion, competencies, bestFor, followUps,
            metrics, learnings, tags, language, headingPath, file with { StartLine = startLine, EndLine = startLine + 20 });

    private static Gen<DocumentBlock> Block { get; } =
        from kind in Gen.Elements(Enum.GetValues<BlockKind>())
        from text in Gen.Frequency((6, Markdown), (2, Line.Select(l => "## " + l)), (1, Gen.Constant(string.Empty)))
        from headingPath in Small(Line)
        from start in Gen.Choose(1, 300)
        select new DocumentBlock(kind, text, headingPath, new LineRange(start, start + 3));

    /// <summary>A document with unique story ids, stories in source order, and mappings to its stories.</summary>
    public static Gen<Document> Document { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from storyCount in Gen.Choose(0, 4)
        from stories in Gen.CollectToList(Enumerable.Range(0, storyCount)
            .Select(i => Story(StableId.For("story", seed.ToString(), i.ToString()), 10 + (i * 30))))
        from title in LineOrEmpty
        from source in Source
        from blocks in Small(Block, 4)
        from mappings in Small(
            from kind in Gen.Elements(Enum.GetValues<MappingKind>())
            from text in Line
            from ids in Gen.SubListOf(stories.Select(s => s.Id).ToArray())
            from line in Gen.Choose(1, 300)
            select new Mapping(kind, text, [.. ids], line))
        select new Document(StableId.For("document", seed.ToString()), title, source, [.. stories], blocks, mappings);
}

/// <summary>Registers <see cref="DocumentGenerators.Document"/> for FsCheck properties.</summary>
public static class DocumentArbitrary
{
    /// <summary>Arbitrary documents.</summary>
    public static Arbitrary<Document> Documents() => Arb.From(DocumentGenerators.Document);
}
