using StoryBank.Core.Coach.Text;
using StoryBank.Core.Model;

namespace StoryBank.Core.Coach;

/// <summary>
/// A story as the rules read it: its passages (sections, short version, follow-ups, metrics, learnings)
/// with prose and source positions, the options in force, and the sink findings go to.
/// </summary>
public sealed class StoryContext
{
    private readonly SourceLines? _source;
    private readonly Action<RuleDescriptor, SourceSpan, string, string, IReadOnlyList<TextEdit>> _report;

    internal StoryContext(Story story, CoachOptions options, SourceLines? source, Action<RuleDescriptor, SourceSpan, string, string, IReadOnlyList<TextEdit>> report)
    {
        Story = story;
        Options = options;
        _source = source;
        _report = report;
        var passages = new List<Passage>();
        foreach (var section in story.Sections)
        {
            passages.Add(new Passage(PassageKind.Section, section.Kind, section.Text, section.Line > 0 ? section.Line : story.Source.StartLine, story.Source.EndLine));
        }

        Sections = [.. passages];
        if (story.ShortVersion is { } shortVersion)
        {
            ShortVersion = new Passage(PassageKind.ShortVersion, SectionKind.Other, shortVersion, story.Source.StartLine, story.Source.EndLine);
            passages.Add(ShortVersion);
        }

        foreach (var followUp in story.FollowUps)
        {
            passages.Add(new Passage(PassageKind.FollowUpQuestion, SectionKind.Other, followUp.Question, story.Source.StartLine, story.Source.EndLine));
            passages.Add(new Passage(PassageKind.FollowUpAnswer, SectionKind.Other, followUp.Answer, story.Source.StartLine, story.Source.EndLine));
        }

        foreach (var metric in story.Metrics)
        {
            passages.Add(new Passage(PassageKind.Metric, SectionKind.Other, metric.Name.Length == 0 ? metric.Value : $"{metric.Name}: {metric.Value}", story.Source.StartLine, story.Source.EndLine));
        }

        foreach (var learning in story.Learnings)
        {
            passages.Add(new Passage(PassageKind.Learning, SectionKind.Other, learning, story.Source.StartLine, story.Source.EndLine));
        }

        Passages = passages;
    }

    /// <summary>The story being checked.</summary>
    public Story Story { get; }

    /// <summary>The options in force.</summary>
    public CoachOptions Options { get; }

    /// <summary>Every passage: full-version sections first, then the short version, follow-ups, metrics and learnings.</summary>
    internal IReadOnlyList<Passage> Passages { get; }

    /// <summary>The full version's sections, in order.</summary>
    internal IReadOnlyList<Passage> Sections { get; }

    /// <summary>The short version, when the story has one.</summary>
    internal Passage? ShortVersion { get; }

    /// <summary>The full-version sections of the given kinds.</summary>
    internal IEnumerable<Passage> SectionsOf(params SectionKind[] kinds) => Sections.Where(p => kinds.Contains(p.Section));

    /// <summary><paramref name="passages"/> followed by the short version, when there is one.</summary>
    internal IEnumerable<Passage> AndShortVersion(IEnumerable<Passage> passages) => ShortVersion is { } shortVersion ? passages.Append(shortVersion) : passages;

    /// <summary>
    /// The share of the full version's words in sections of the given kinds, with the first such section; null when the
    /// story is too short for shares to mean much (<paramref name="minimumWords"/>) or has no such section.
    /// </summary>
    internal (double Share, Passage First)? ShareOf(SectionKind[] kinds, int minimumWords)
    {
        var total = FullWords;
        var sections = SectionsOf(kinds).ToArray();
        return total < minimumWords || sections.Length == 0 ? null : ((double)sections.Sum(p => p.WordCount) / total, sections[0]);
    }

    /// <summary>Words in the full version.</summary>
    internal int FullWords => Sections.Sum(p => p.WordCount);

    /// <summary>Reports a finding on <paramref name="length"/> characters of <paramref name="passage"/> from <paramref name="start"/>.</summary>
    internal void Report(CoachRule rule, Passage passage, int start, int length, params object?[] arguments) =>
        Report(rule, passage, start, length, null, arguments);

    /// <summary>Reports a finding whose fix replaces the reported text with <paramref name="replacement"/>.</summary>
    internal void ReportWithFix(CoachRule rule, Passage passage, int start, int length, string replacement, params object?[] arguments) =>
        Report(rule, passage, start, length, replacement, arguments);

    private void Report(CoachRule rule, Passage passage, int start, int length, string? replacement, object?[] arguments)
    {
        var (line, column) = passage.Locate(start, _source);
        var excerptEnd = Math.Min(passage.Markdown.Length, start + length);
        var excerpt = passage.Markdown[start..excerptEnd];
        var newlines = excerpt.AsSpan().Count('\n');
        var endColumn = newlines == 0 ? column + excerpt.Length : excerpt.Length - excerpt.LastIndexOf('\n');
        var span = new SourceSpan(Story.Source.File, line, column, line + newlines, endColumn);

        // A fix is only offered where the source was found: an edit at a guessed place would damage the file.
        IReadOnlyList<TextEdit> fixes = replacement is not null && _source is not null && line >= 1 && line <= _source.Count
            && _source.Line(line)[(column - 1)..].StartsWith(excerpt.AsSpan(0, excerpt.IndexOf('\n') is var cut and >= 0 ? cut : excerpt.Length), StringComparison.Ordinal)
            ? [new TextEdit(span, replacement)]
            : [];
        _report(rule.Descriptor, span, rule.Descriptor.Format(arguments), excerpt, fixes);
    }

    /// <summary>Reports a finding on a sentence of <paramref name="passage"/>.</summary>
    internal void Report(CoachRule rule, Passage passage, Sentence sentence, params object?[] arguments) =>
        Report(rule, passage, sentence.Start, sentence.Length, arguments);

    /// <summary>Reports a finding on the story as a whole, located at its title line.</summary>
    internal void ReportStory(CoachRule rule, params object?[] arguments)
    {
        var line = Story.Source.StartLine;
        var column = 1;
        var length = Story.Title.Length;
        if (_source is not null && line >= 1 && line <= _source.Count)
        {
            var at = _source.Line(line).IndexOf(Story.Title, StringComparison.Ordinal);
            (column, length) = at >= 0 ? (at + 1, Story.Title.Length) : (1, _source.Line(line).Length);
        }

        var span = new SourceSpan(Story.Source.File, line, column, line, column + length);
        _report(rule.Descriptor, span, rule.Descriptor.Format(arguments), Story.Title, []);
    }
}
