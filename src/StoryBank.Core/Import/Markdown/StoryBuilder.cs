using System.Text;
using Markdig.Syntax;
using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>
/// Reads the blocks of one story (everything under its title) into story fields, claiming every line it uses.
/// A state machine: part headings and labels switch what the following text belongs to.
/// </summary>
internal sealed class StoryBuilder
{
    private readonly SourceText _source;
    private readonly LineLedger _ledger;
    private readonly List<SectionDraft> _sections = [];
    private readonly TextDraft _short = new();
    private readonly List<FollowUpDraft> _followUps = [];
    private readonly List<(string Text, int Line)> _bestFor = [];
    private readonly List<Metric> _metrics = [];
    private readonly List<string> _competencies = [];
    private readonly List<string> _tags = [];
    private static readonly char[] ListSeparators = [',', ';'];
    private static readonly char[] ItemDecoration = ['*', '_', ' ', '.'];
    private Mode _mode = Mode.Section;

    public StoryBuilder(SourceText source, LineLedger ledger)
    {
        _source = source;
        _ledger = ledger;
    }

    private enum Mode
    {
        Section,
        Short,
        FollowUps,
        BestFor,
        Metrics,
    }

    public string? Company { get; private set; }

    public string? Project { get; private set; }

    public FrameworkKind? ExplicitFramework { get; private set; }

    public IReadOnlyList<(string Text, int Line)> BestFor => _bestFor;

    public bool HasFrameworkSections => _sections.Any(s => SectionLabels.IsFrameworkPart(s.Kind));

    public void AddTag(string tag)
    {
        if (!_tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
        {
            _tags.Add(tag);
        }
    }

    /// <summary>Reads the blocks of a story body.</summary>
    public void Read(IEnumerable<Unit> units)
    {
        foreach (var unit in units)
        {
            switch (unit.Block)
            {
                case HeadingBlock:
                    ReadPartHeading(unit);
                    break;
                case ParagraphBlock:
                    ReadParagraph(unit.StartLine, unit.EndLine);
                    break;
                case ListBlock:
                    ReadList(unit);
                    break;
                case QuoteBlock:
                    ReadQuote(unit);
                    break;
                default:
                    AppendRaw(unit.StartLine, unit.EndLine);
                    break;
            }
        }
    }

    /// <summary>Reads a story packed into one paragraph or list item (lines <paramref name="start"/>..<paramref name="end"/>).</summary>
    public void ReadPacked(IReadOnlyList<PackedSection> sections, int start, int end)
    {
        _ledger.Claim(start, end);
        foreach (var section in sections)
        {
            var draft = new SectionDraft(section.Kind, section.Label, start);
            draft.Text.AppendText(section.Text);
            _sections.Add(draft);
        }
    }

    public Story Build(string id, StoryTitle title, IReadOnlyList<string> headingPath, SourceRef source)
    {
        if (title.Theme is { } theme)
        {
            AddTag(theme);
        }

        var sections = _sections
            .Select(s => new Section(s.Kind, s.Label, s.Text.ToString(), s.Line))
            .Where(s => s.Text.Length > 0 || s.Label.Length > 0)
            .ToList();
        var framework = ExplicitFramework ?? title.Framework ?? FrameworkCatalog.Infer(sections.Select(s => s.Kind));
        var shortVersion = _short.ToString();
        var texts = sections.Select(s => s.Text).Append(shortVersion).ToList();
        var company = Company ?? title.CompanyAt ?? CompanyNames.Confirm(title.CompanyCandidate, texts) ?? CompanyNames.FromOpening(sections, shortVersion);
        return new Story(
            id,
            title.Title,
            company,
            Project,
            framework,
            sections,
            shortVersion.Length == 0 ? null : shortVersion,
            [.. _competencies],
            [.. _bestFor.Select(b => b.Text)],
            [.. _followUps.Select(f => new FollowUp(f.Question, f.Answer.ToString()))],
            [.. _metrics],
            Learnings.From(sections),
            [.. _tags],
            LanguageDetector.Detect(texts.Prepend(title.Title)),
            headingPath,
            source);
    }

    private void ReadPartHeading(Unit unit)
    {
        var text = Headings.TextOf(unit, _source);
        var label = Labels.ParseHeading(text);
        Mode? partMode = label?.Role switch
        {
            LabelRole.ShortVersion => Mode.Short,
            LabelRole.FollowUps => Mode.FollowUps,
            LabelRole.BestFor => Mode.BestFor,
            LabelRole.Metrics => Mode.Metrics,
            LabelRole.FullVersion => Mode.Section,
            _ => null,
        };
        if (partMode is { } mode)
        {
            _ledger.Claim(unit.StartLine, unit.EndLine);
            _mode = mode;
            return;
        }

        var isSection = label?.Role == LabelRole.Section;
        StartSection(isSection ? label!.Kind : SectionKind.Other, isSection ? label!.Text : text, unit.StartLine, string.Empty);
        _ledger.Claim(unit.StartLine + 1, unit.EndLine);
    }

    private void ReadParagraph(int start, int end)
    {
        var first = _source.BoldLabel(start);
        if (first is null && _mode == Mode.Section && _source.Count(start, end, ':') >= PackedSections.MinimumLabels)
        {
            var text = _source.Slice(start, end);
            if (PackedSections.Split(text) is { } packed && packed.Lead.Length == 0)
            {
                ReadPackedParagraph(packed.Sections, start, text);
                return;
            }
        }

        for (var line = start; line <= end; line++)
        {
            var label = _source.BoldLabel(line);
            if (label is null || !ApplyLabel(label, line, continuationIndent: 0, end: line))
            {
                AppendRaw(line, line);
            }
        }
    }

    private void ReadPackedParagraph(IReadOnlyList<PackedSection> sections, int start, string text)
    {
        foreach (var section in sections)
        {
            var line = start + text.AsSpan(0, section.Offset).Count('\n');
            var draft = new SectionDraft(section.Kind, section.Label, line);
            draft.Text.AppendText(section.Text);
            _sections.Add(draft);
        }

        _ledger.Claim(start, start + text.Count('\n'));
    }

    /// <summary>
    /// Applies a label found at the start of <paramref name="line"/>; lines after it up to <paramref name="end"/> belong to
    /// what it opens, dedented by <paramref name="continuationIndent"/>. Returns false when the label is only text here.
    /// </summary>
    private bool ApplyLabel(Label label, int line, int continuationIndent, int end)
    {
        switch (label.Role)
        {
            case LabelRole.Section when label.Kind == SectionKind.Action && label.Text.Length == 1 && _followUps.Count > 0 && _mode == Mode.FollowUps:
            case LabelRole.Answer when _followUps.Count > 0:
                _ledger.Claim(line, line);
                _followUps[^1].Answer.AppendLine(line, label.Rest);
                AppendContinuation(line, end, continuationIndent, _followUps[^1].Answer);
                return true;
            case LabelRole.Section:
                StartSection(label.Kind, label.Text, line, label.Rest);
                AppendContinuation(line, end, continuationIndent, _sections[^1].Text);
                return true;
            case LabelRole.Competency:
                _ledger.Claim(line, end);
                _competencies.AddRange(SplitList(label.Rest + ContinuationText(line, end)));
                return true;
            case LabelRole.Framework when FrameworkCatalog.Parse(label.Rest) is { } framework:
                _ledger.Claim(line, line);
                ExplicitFramework = framework;
                return true;
            case LabelRole.Company when label.Rest.Length > 0:
                _ledger.Claim(line, line);
                Company = label.Rest;
                return true;
            case LabelRole.Project when label.Rest.Length > 0:
                _ledger.Claim(line, line);
                Project = label.Rest;
                return true;
            case LabelRole.Tags when label.Rest.Length > 0:
                _ledger.Claim(line, line);
                foreach (var tag in SplitList(label.Rest.Replace('#', ' ')))
                {
                    AddTag(tag);
                }

                return true;
            case LabelRole.BestFor:
                _ledger.Claim(line, end);
                _mode = Mode.BestFor;
                foreach (var item in SplitList(label.Rest + ContinuationText(line, end)))
                {
                    _bestFor.Add((Unquote(item), line));
                }

                return true;
            case LabelRole.Metrics:
                _ledger.Claim(line, end);
                _mode = Mode.Metrics;
                if (label.Rest.Length > 0)
                {
                    _metrics.Add(ParseMetric(label.Rest));
                }

                return true;
            case LabelRole.ShortVersion:
                _ledger.Claim(line, line);
                _mode = Mode.Short;
                _short.AppendLine(line, label.Rest);
                AppendContinuation(line, end, continuationIndent, _short);
                return true;
            case LabelRole.FullVersion:
                _ledger.Claim(line, line);
                _mode = Mode.Section;
                return true;
            case LabelRole.FollowUps:
                _ledger.Claim(line, line);
                _mode = Mode.FollowUps;
                return true;
            case LabelRole.Question when label.Rest.Length > 0:
                _ledger.Claim(line, line);
                _mode = Mode.FollowUps;
                _followUps.Add(new FollowUpDraft(label.Rest));
                AppendContinuation(line, end, continuationIndent, _followUps[^1].Answer);
                return true;
            case LabelRole.Unknown when _mode == Mode.Section && !ContinuesCurrentSection():
                StartSection(SectionKind.Other, label.Text, line, label.Rest);
                AppendContinuation(line, end, continuationIndent, _sections[^1].Text);
                return true;
            default:
                return false;
        }
    }

    // Sub-steps ("**Cleanup (Day 2):**", "**Hiring Approach:**") belong to the part they detail.
    private bool ContinuesCurrentSection() =>
        _sections.Count > 0 && _sections[^1].Kind is SectionKind.Action or SectionKind.Other or SectionKind.Details;

    private void ReadList(Unit unit)
    {
        var items = _source.ItemsOf(unit);
        if (_mode is Mode.BestFor or Mode.Metrics)
        {
            foreach (var item in items)
            {
                _ledger.Claim(item.StartLine, item.EndLine);
                var text = ItemText(item).ReplaceLineEndings(" ").Trim();
                if (_mode == Mode.BestFor)
                {
                    _bestFor.Add((Unquote(text), item.StartLine));
                }
                else
                {
                    _metrics.Add(ParseMetric(text));
                }
            }

            return;
        }

        if (_mode == Mode.Section && IsLabeledList((ListBlock)unit.Block, _source))
        {
            foreach (var item in items)
            {
                var indent = ContentIndent(_source[item.StartLine]);
                var label = _source.ItemLabel(item.StartLine);
                if (label is null || !ApplyLabel(label, item.StartLine, indent, item.EndLine))
                {
                    AppendRaw(item.StartLine, item.EndLine);
                }
            }

            return;
        }

        AppendRaw(unit.StartLine, unit.EndLine);
    }

    /// <summary>
    /// A list whose items are the story's parts ("- Situation: …", "*   **Action:** …"): its first two items carry labels
    /// and at least one of them names a framework part (a one-item list: its item names one).
    /// </summary>
    public static bool IsLabeledList(ListBlock list, SourceText source)
    {
        static bool IsPart(Label? label) => label is { Role: LabelRole.Section } && SectionLabels.IsFrameworkPart(label.Kind);

        var first = list.Count > 0 ? source.ItemLabel(source.LineAt(list[0].Span.Start)) : null;
        if (first is null or { Role: LabelRole.Unknown })
        {
            return false;
        }

        if (list.Count == 1)
        {
            return IsPart(first);
        }

        var second = source.ItemLabel(source.LineAt(list[1].Span.Start));
        return second is { Role: not LabelRole.Unknown } && (IsPart(first) || IsPart(second));
    }

    private void ReadQuote(Unit unit)
    {
        _ledger.Claim(unit.StartLine, unit.EndLine);
        var target = _mode switch
        {
            Mode.Short => _short,
            Mode.FollowUps when _followUps.Count > 0 => _followUps[^1].Answer,
            _ => null,
        };
        if (target is null)
        {
            AppendTo(CurrentSection().Text, unit.StartLine, unit.EndLine, 0);
            return;
        }

        for (var line = unit.StartLine; line <= unit.EndLine; line++)
        {
            AppendQuoted(target, line);
        }
    }

    private void AppendRaw(int start, int end)
    {
        _ledger.Claim(start, end);
        AppendTo(TargetText(), start, end, 0);
    }

    private TextDraft TargetText() => _mode switch
    {
        Mode.Short => _short,
        Mode.FollowUps when _followUps.Count > 0 => _followUps[^1].Answer,
        _ => CurrentSection().Text,
    };

    private SectionDraft CurrentSection()
    {
        if (_mode != Mode.Section || _sections.Count == 0)
        {
            // Text outside any labeled part is kept as an unlabeled section rather than dropped.
            _mode = Mode.Section;
            if (_sections.Count == 0 || _sections[^1].Label.Length > 0)
            {
                _sections.Add(new SectionDraft(SectionKind.Other, string.Empty, 0));
            }
        }

        return _sections[^1];
    }

    private void StartSection(SectionKind kind, string label, int line, string rest)
    {
        _ledger.Claim(line, line);
        _mode = Mode.Section;
        var draft = new SectionDraft(kind, label, line);
        draft.Text.AppendLine(line, rest);
        _sections.Add(draft);
    }

    private void AppendContinuation(int line, int end, int indent, TextDraft target)
    {
        if (end > line)
        {
            _ledger.Claim(line + 1, end);
            AppendTo(target, line + 1, end, indent);
        }
    }

    private string ContinuationText(int line, int end) =>
        end > line ? " " + _source.Slice(line + 1, end).ReplaceLineEndings(" ") : string.Empty;

    private void AppendTo(TextDraft target, int start, int end, int indent)
    {
        for (var line = start; line <= end; line++)
        {
            var removed = LeadingSpaces(_source.Span(line), indent);
            target.AppendRange(line, _source.Text, _source.LineStart(line) + removed, _source.Span(line).Length - removed);
        }
    }

    // A "> " line of a blockquote, without its marker.
    private void AppendQuoted(TextDraft target, int line)
    {
        var span = _source.Span(line);
        var start = span.Length - span.TrimStart().Length;
        if (start < span.Length && span[start] == '>')
        {
            start += start + 1 < span.Length && span[start + 1] == ' ' ? 2 : 1;
        }

        target.AppendRange(line, _source.Text, _source.LineStart(line) + start, span.Length - start);
    }

    private string ItemText(Unit item)
    {
        var first = _source.Span(item.StartLine);
        var indent = ContentIndent(first);
        var builder = new StringBuilder().Append(first[indent..]);
        for (var line = item.StartLine + 1; line <= item.EndLine; line++)
        {
            var text = _source.Span(line);
            builder.Append('\n').Append(text[LeadingSpaces(text, indent)..]);
        }

        return builder.ToString();
    }

    /// <summary>The column where a list item's text starts ("*   **Action:**" → 4).</summary>
    public static int ContentIndent(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        var markerStart = i;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        if (i < line.Length && (i > markerStart ? line[i] is '.' or ')' : line[i] is '-' or '*' or '+'))
        {
            i++;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            return i;
        }

        return markerStart;
    }

    private static int LeadingSpaces(ReadOnlySpan<char> line, int max)
    {
        var count = 0;
        while (count < max && count < line.Length && line[count] == ' ')
        {
            count++;
        }

        return count;
    }

    private static string Unquote(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('>'))
        {
            t = t[1..];
            return t.StartsWith(' ') ? t[1..] : t;
        }

        return t.Length >= 2 && (t[0], t[^1]) is ('"', '"') or ('“', '”') or ('\'', '\'') ? t[1..^1].Trim() : t;
    }

    private static IEnumerable<string> SplitList(string text) =>
        text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim(ItemDecoration))
            .Where(s => s.Length > 0);

    private static Metric ParseMetric(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && colon < 60 ? new Metric(text[..colon].Trim(), text[(colon + 2)..].Trim()) : new Metric(string.Empty, text.Trim());
    }



    private sealed class SectionDraft(SectionKind kind, string label, int line)
    {
        public SectionKind Kind { get; } = kind;

        public string Label { get; } = label;

        public int Line { get; } = line;

        public TextDraft Text { get; } = new();
    }

    private sealed class FollowUpDraft(string question)
    {
        public string Question { get; } = question;

        public TextDraft Answer { get; } = new();
    }
}
