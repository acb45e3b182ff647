using Markdig.Syntax;
using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>
/// Recognizes the stories, blocks and mappings of a hand-written Markdown story bank: stories under headings
/// ("## 1. Title", "## Legend 3: Title (Company)", "### [Theme] Title"), numbered items followed by labeled bullets
/// ("1. STAR — Title" then "- Situation: …"), and stories packed into one bullet. Every non-blank line lands in
/// exactly one story field or document block.
/// </summary>
/// <remarks>Stateless and thread-safe; the Markdig pipeline is built once.</remarks>
public static partial class MarkdownBankReader
{
    /// <summary>Reads a hand-written bank.</summary>
    /// <param name="text">The decoded text, <c>\n</c> line endings.</param>
    /// <param name="file">The file name used in messages and as the stories' source.</param>
    /// <param name="documentId">The id of the document being read; story ids derive from it.</param>
    /// <param name="storyRead">Called with each story as soon as it is read.</param>
    public static ImportOutcome Read(string text, string file, string documentId, Action<Story>? storyRead = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = new SourceText(text);
        var units = Unit.Sequence(MarkdownBlocks.Parse(text), source.LineCount, source);
        return new DocumentReading(source, units, file, documentId, storyRead).Run();
    }

    /// <summary>The state of reading one document.</summary>
    private sealed partial class DocumentReading
    {
        private readonly SourceText _source;
        private readonly List<Unit> _units;
        private readonly string _file;
        private readonly string _documentId;
        private readonly LineLedger _ledger;
        private readonly IReadOnlyList<HeadingNode> _headings;
        private readonly Dictionary<int, HeadingNode> _headingAt;
        private readonly List<(Story Story, int? Number)> _stories = [];
        private readonly List<DocumentBlock> _blocks = [];
        private readonly List<Mapping> _mappings = [];
        private readonly List<ImportWarning> _warnings = [];
        private readonly Dictionary<string, int> _titleOccurrences = new(StringComparer.Ordinal);
        private static readonly Dictionary<int, ItemStory> NoItemStories = [];
        private readonly HeadingNode?[] _containerAt;
        private readonly Dictionary<int, Dictionary<int, ItemStory>> _itemStoriesAfter = [];
        private readonly Dictionary<int, IReadOnlyList<string>> _paths = [];
        private readonly Action<Story>? _storyRead;
        private HeadingNode? _titleHeading;

        public DocumentReading(SourceText source, List<Unit> units, string file, string documentId, Action<Story>? storyRead)
        {
            _storyRead = storyRead;
            _source = source;
            _units = units;
            _file = file;
            _documentId = documentId;
            _ledger = new LineLedger(source.Text);
            _headings = Outline.Build(units, source);
            _headingAt = _headings.ToDictionary(h => h.Index);
            _containerAt = new HeadingNode?[units.Count];
            HeadingNode? current = null;
            for (var i = 0; i < units.Count; i++)
            {
                _containerAt[i] = current;
                current = _headingAt.GetValueOrDefault(i) ?? current;
            }
        }

        public ImportOutcome Run()
        {
            MarkStoryHeadings();
            // The first heading titles the document unless it is a story or (below level 1) a group of stories.
            _titleHeading = _headings.Count > 0 && _headings[0] is { IsStory: false } first && (first.Level == 1 || (first.Index == 0 && !first.Descendants().Prepend(first).Any(HoldsStories)))
                ? first
                : null;
            ReadUnits(0, _units.Count);
            if (_stories.Count == 0)
            {
                return ImportOutcome.Failure(new ImportError(_file, 0, ImportErrorKind.NoStories,
                    "no stories found (no heading or numbered item is followed by Situation/Task/Action/Result-style parts)"));
            }

            AddDocumentMappings();
            var title = _titleHeading?.Text ?? string.Empty;
            var document = new Document(
                _documentId,
                title,
                new SourceRef(_file, 1, _source.LineCount),
                [.. _stories.Select(s => s.Story)],
                _blocks,
                _mappings.OrderBy(m => m.Line).ToList());
            return ImportOutcome.Success(new ImportedFile(document, FragmentKind.Whole, SourceFormat.Markdown, string.Empty, 0, _warnings, _ledger.ToAccounting()));
        }

        /// <summary>
        /// A heading is a story when its own text and part headings name at least two story parts. A story heading may
        /// hold another story heading below it (a bank mixing formats); the outer story then ends where the inner begins.
        /// </summary>
        private void MarkStoryHeadings()
        {
            foreach (var heading in _headings)
            {
                if (heading.PartLabel is not null && heading.Parent is not null)
                {
                    continue;
                }

                // A heading that calls itself a story ("Story 15: How I keep learning", "Legend 3: …") needs one sign of a
                // story under it, such as a best-for list: personal answers are told in parts of their own ("What I do").
                heading.IsStory = ItemStoriesUnder(heading).Count == 0
                    && Signals(heading) >= (StoryTitle.NamesItselfAStory(heading.Text) ? 1 : 2)
                    && !heading.Text.Contains("template", StringComparison.OrdinalIgnoreCase);
            }
        }

        private bool HoldsStories(HeadingNode heading) => heading.IsStory || ItemStoriesUnder(heading).Count > 0;

        /// <summary>The numbered-item and packed stories among a heading's own blocks (computed once per heading).</summary>
        private Dictionary<int, ItemStory> ItemStoriesUnder(HeadingNode? heading)
        {
            var key = heading?.Index ?? -1;
            if (!_itemStoriesAfter.TryGetValue(key, out var found))
            {
                _itemStoriesAfter[key] = found = heading is null
                    ? FindItemStories(0, _headings.Count > 0 ? _headings[0].Index : _units.Count)
                    : FindItemStories(heading.Index + 1, heading.OwnEnd);
            }

            return found;
        }

        private static IEnumerable<int> OwnUnits(HeadingNode heading) => Enumerable.Range(heading.Index + 1, heading.OwnEnd - heading.Index - 1);

        /// <summary>Distinct story parts named in a heading's own blocks and in its part headings ("### Situation").</summary>
        private int Signals(HeadingNode heading)
        {
            var signals = 0L;
            void Collect(HeadingNode node)
            {
                foreach (var index in OwnUnits(node))
                {
                    signals |= SignalsOf(index);
                }

                foreach (var child in node.Children.Where(c => c.PartLabel is not null))
                {
                    signals |= SignalOf(child.PartLabel!);
                    Collect(child);
                }
            }

            Collect(heading);
            return System.Numerics.BitOperations.PopCount((ulong)signals);
        }

        /// <summary>The story parts a block names, as a bit set (see <see cref="SignalOf"/>).</summary>
        private long SignalsOf(int index)
        {
            var unit = _units[index];
            var signals = 0L;
            switch (unit.Block)
            {
                case ParagraphBlock:
                    for (var line = unit.StartLine; line <= unit.EndLine; line++)
                    {
                        if (_source.BoldLabel(line) is { } label)
                        {
                            signals |= SignalOf(label);
                        }
                    }

                    if (_source.Count(unit.StartLine, unit.EndLine, ':') >= PackedSections.MinimumLabels
                        && PackedSections.Split(_source.Slice(unit.StartLine, unit.EndLine)) is { } packed)
                    {
                        foreach (var section in packed.Sections)
                        {
                            signals |= 1L << (int)section.Kind;
                        }
                    }

                    break;
                case ListBlock list when !IsTemplate(index) && StoryBuilder.IsLabeledList(list, _source):
                    foreach (var item in _source.ItemsOf(unit))
                    {
                        if (_source.ItemLabel(item.StartLine) is { } label)
                        {
                            signals |= SignalOf(label);
                        }
                    }

                    break;
                default:
                    break;
            }

            return signals;
        }

        /// <summary>One bit per framework part (by section kind) and per story-only field (by role, above them).</summary>
        private static long SignalOf(Label label) => label.Role switch
        {
            LabelRole.Section when SectionLabels.IsFrameworkPart(label.Kind) => 1L << (int)label.Kind,
            LabelRole.ShortVersion or LabelRole.FollowUps or LabelRole.BestFor or LabelRole.Question or LabelRole.FullVersion or LabelRole.Metrics => 1L << (32 + (int)label.Role),
            _ => 0,
        };

        /// <summary>A labeled list introduced as a format or template ("Format of each story:", "Example template:").</summary>
        private bool IsTemplate(int index)
        {
            if (index == 0)
            {
                return false;
            }

            var previous = _units[index - 1];
            if (previous.Block is not ParagraphBlock || !_source.Span(previous.EndLine).TrimEnd().EndsWith(':'))
            {
                return false;
            }

            return TemplateLead().IsMatch(_source.Slice(previous.StartLine, previous.EndLine));
        }

        /// <summary>Numbered titles followed by labeled bullets, and stories packed into one bullet, among units <paramref name="start"/>..<paramref name="end"/> (exclusive).</summary>
        private Dictionary<int, ItemStory> FindItemStories(int start, int end)
        {
            Dictionary<int, ItemStory>? found = null;
            for (var index = start; index < end; index++)
            {
                var unit = _units[index];
                if (found?.ContainsKey(index) == true)
                {
                    continue;
                }

                var next = index + 1;
                if (next < end && _units[next].Block is ListBlock body && StoryBuilder.IsLabeledList(body, _source)
                    && IsTitleUnit(unit) && !IsTemplate(next))
                {
                    found ??= [];
                    found[index] = new ItemStory(index, next, null);
                    found[next] = new ItemStory(index, next, null);
                    continue;
                }

                if (unit.Block is ListBlock && _source.Count(unit.StartLine, unit.EndLine, ':') >= PackedSections.MinimumLabels
                    && _source.ItemsOf(unit).Any(i => PackedOf(i) is not null))
                {
                    found ??= [];
                    found[index] = new ItemStory(-1, index, QuestionBefore(index));
                }
            }

            return found ?? NoItemStories;
        }

        private bool IsTitleUnit(Unit unit)
        {
            var text = unit.Block switch
            {
                ListBlock list when list.Count == 1 && list[0] is ListItemBlock { Count: 1 } item && item[0] is ParagraphBlock && unit.StartLine == unit.EndLine
                    => _source[unit.StartLine][StoryBuilder.ContentIndent(_source[unit.StartLine])..],
                ParagraphBlock when unit.StartLine == unit.EndLine => _source[unit.StartLine],
                _ => null,
            };
            if (text is null || text.Length > 200 || Labels.ParseItem(text) is { Role: not LabelRole.Unknown })
            {
                return false;
            }

            var title = StoryTitle.Parse(text);
            return !NotAStoryTitle().IsMatch(title.Title)
                && !text.TrimEnd().EndsWith(':');
        }

        private (string Lead, IReadOnlyList<PackedSection> Sections)? PackedOf(Unit item)
        {
            if (item.Block is not ListItemBlock { Count: 1 } listItem || listItem[0] is not ParagraphBlock
                || _source.Count(item.StartLine, item.EndLine, ':') < PackedSections.MinimumLabels)
            {
                return null;
            }

            var first = _source[item.StartLine];
            var text = first[StoryBuilder.ContentIndent(first)..];
            if (item.EndLine > item.StartLine)
            {
                text += "\n" + _source.Slice(item.StartLine + 1, item.EndLine);
            }

            return PackedSections.Split(text);
        }

        private string? QuestionBefore(int index)
        {
            if (index == 0 || _units[index - 1].Block is not ListBlock { Count: 1 } previous)
            {
                return null;
            }

            var line = _source[_units[index - 1].StartLine];
            var text = line[StoryBuilder.ContentIndent(line)..].Trim();
            return previous.IsOrdered && text.EndsWith('?') ? text : null;
        }

        /// <summary>Walks units <paramref name="start"/>..<paramref name="end"/> (exclusive) in order, emitting stories and blocks.</summary>
        private void ReadUnits(int start, int end)
        {
            var ownerOfRange = new Dictionary<int, ItemStory>();
            foreach (var heading in _headings.Where(h => !h.IsStory && !InsideStory(h)).Prepend(null))
            {
                foreach (var (key, value) in ItemStoriesUnder(heading))
                {
                    ownerOfRange[key] = value;
                }
            }

            for (var i = start; i < end; i++)
            {
                if (_headingAt.TryGetValue(i, out var heading) && heading.IsStory)
                {
                    ReadHeadingStory(heading);
                    i = LastStoryUnit(heading);
                    continue;
                }

                if (ownerOfRange.TryGetValue(i, out var item))
                {
                    if (item.TitleIndex >= 0)
                    {
                        ReadItemStory(item);
                        i = item.BodyIndex;
                    }
                    else
                    {
                        ReadPackedList(item);
                    }

                    continue;
                }

                AddBlock(i);
            }
        }


        private static bool InsideStory(HeadingNode heading) => heading.Ancestors().Any(a => a.IsStory);

        private int LastStoryUnit(HeadingNode heading)
        {
            var inner = heading.Descendants().FirstOrDefault(d => d.IsStory);
            var last = (inner?.Index ?? heading.ZoneEnd) - 1;
            while (last > heading.Index && _units[last].Block is ThematicBreakBlock)
            {
                last--;
            }

            return last;
        }

        private void ReadHeadingStory(HeadingNode heading)
        {
            var unit = _units[heading.Index];
            _ledger.Claim(unit.StartLine, unit.EndLine);
            var last = LastStoryUnit(heading);
            var builder = new StoryBuilder(_source, _ledger);
            builder.Read(Enumerable.Range(heading.Index + 1, last - heading.Index).Select(i => _units[i]));
            var title = StoryTitle.Parse(heading.Text);
            var path = PathOf(heading.Parent, includeSelf: true);
            var story = AddStory(builder, title, path, unit.StartLine, _units[last].EndLine, heading.Parent);
            if (title.IsQuestion)
            {
                _mappings.Add(new Mapping(MappingKind.Question, title.Title, [story.Id], unit.StartLine));
            }
        }

        private void ReadItemStory(ItemStory item)
        {
            var titleUnit = _units[item.TitleIndex];
            var bodyUnit = _units[item.BodyIndex];
            _ledger.Claim(titleUnit.StartLine, titleUnit.EndLine);
            var line = _source[titleUnit.StartLine];
            var title = StoryTitle.Parse(line[StoryBuilder.ContentIndent(line)..]);
            var builder = new StoryBuilder(_source, _ledger);
            builder.Read([bodyUnit]);
            var container = ContainerOf(item.TitleIndex);
            AddStory(builder, title, PathOf(container, includeSelf: true), titleUnit.StartLine, bodyUnit.EndLine, container);
        }

        private void ReadPackedList(ItemStory item)
        {
            var container = ContainerOf(item.BodyIndex);
            var path = PathOf(container, includeSelf: true);
            if (item.Question is not null)
            {
                path = [.. path, item.Question];
            }

            var ids = new List<string>();
            foreach (var listItem in _source.ItemsOf(_units[item.BodyIndex]))
            {
                if (PackedOf(listItem) is not { } packed)
                {
                    AddBlock(listItem, BlockKind.List, path);
                    continue;
                }

                var builder = new StoryBuilder(_source, _ledger);
                builder.ReadPacked(packed.Sections, listItem.StartLine, listItem.EndLine);
                var lead = packed.Lead.Trim();
                var colon = lead.IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0 && colon <= 6 && FrameworkCatalog.Parse(lead[..colon]) is not null)
                {
                    lead = $"{lead[..colon]} — {lead[(colon + 1)..].Trim()}";
                }

                var title = StoryTitle.Parse(lead.TrimEnd('.', ' ').Length > 0 ? lead.TrimEnd('.', ' ') : "Untitled story");
                ids.Add(AddStory(builder, title, path, listItem.StartLine, listItem.EndLine, container).Id);
            }

            if (item.Question is not null && ids.Count > 0)
            {
                _mappings.Add(new Mapping(MappingKind.Question, item.Question, ids, _units[item.BodyIndex - 1].StartLine));
            }
        }

        private Story AddStory(StoryBuilder builder, StoryTitle title, IReadOnlyList<string> path, int startLine, int endLine, HeadingNode? container)
        {
            var key = Labels.Normalize(title.Title);
            var occurrence = _titleOccurrences.GetValueOrDefault(key);
            _titleOccurrences[key] = occurrence + 1;
            var id = StableId.For(_documentId, key, occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var story = builder.Build(id, title, path, new SourceRef(_file, startLine, endLine));
            _stories.Add((story, title.Number));
            _storyRead?.Invoke(story);
            foreach (var (question, line) in builder.BestFor)
            {
                _mappings.Add(new Mapping(MappingKindOf(question), question, [id], line));
            }

            for (var node = container; node is not null; node = node.Parent)
            {
                node.StoryIds.Add(id);
            }


            return story;
        }

        private HeadingNode? ContainerOf(int index) => _containerAt[index];

        /// <summary>The heading trail down to <paramref name="node"/> (or its parent), shared by everything under it.</summary>
        private IReadOnlyList<string> PathOf(HeadingNode? node, bool includeSelf)
        {
            var target = includeSelf ? node : node?.Parent;
            if (target is null)
            {
                return [];
            }

            if (!_paths.TryGetValue(target.Index, out var path))
            {
                var parentPath = PathOf(target.Parent, includeSelf: true);
                _paths[target.Index] = path = target == _titleHeading || target.IsStory ? parentPath : [.. parentPath, target.Text];
            }

            return path;
        }

        private void AddBlock(int index)
        {
            var unit = _units[index];
            if (_headingAt.TryGetValue(index, out var heading))
            {
                _ledger.Claim(unit.StartLine, unit.EndLine);
                if (heading == _titleHeading)
                {
                    return;
                }

                _blocks.Add(new DocumentBlock(BlockKind.Heading, _source.Slice(unit.StartLine, unit.EndLine), PathOf(heading, includeSelf: false), new LineRange(unit.StartLine, unit.EndLine)));
                return;
            }

            AddBlock(unit, unit.KindIn(_source), PathOf(ContainerOf(index), includeSelf: true));
        }

        private void AddBlock(Unit unit, BlockKind kind, IReadOnlyList<string> path)
        {
            _ledger.Claim(unit.StartLine, unit.EndLine);
            var text = _source.Slice(unit.StartLine, unit.EndLine);
            _blocks.Add(new DocumentBlock(kind, text, path, new LineRange(unit.StartLine, unit.EndLine)));
            var labels = 0;
            for (var line = unit.StartLine; line <= unit.EndLine; line++)
            {
                labels += Labels.ParsePlain(_source.Span(line).TrimStart(" -*+")) is { Role: LabelRole.Section } label && SectionLabels.IsFrameworkPart(label.Kind) ? 1 : 0;
            }

            if (labels >= 2)
            {
                _warnings.Add(new ImportWarning(_file, unit.StartLine,
                    $"kept as a document block, not a story: it has {labels} story labels but no story title or content (a template or format description?)"));
            }
        }

        private void AddDocumentMappings()
        {
            foreach (var node in _headings.Where(h => h.StoryIds.Count > 0))
            {
                string[] ids = [.. node.StoryIds];
                if (node == _titleHeading)
                {
                    continue;
                }

                var value = ValuePrefix().Match(node.Text);
                if (value.Success)
                {
                    _mappings.Add(new Mapping(MappingKind.Value, value.Groups["value"].Value.Trim(), ids, _units[node.Index].StartLine));
                }
                else if ((node.Children.Count == 0 || node.Children.All(c => c.IsStory)) && !node.IsStory)
                {
                    _mappings.Add(new Mapping(MappingKindOf(node.Text), StripPart(node.Text), ids, _units[node.Index].StartLine));
                }
            }

            var numbered = _stories.Where(s => s.Number is not null).ToList();
            foreach (var block in _blocks)
            {
                foreach (var mapping in References.Find(block, numbered, MappingKindOf))
                {
                    _mappings.Add(mapping);
                }
            }
        }

        private static string StripPart(string text) => PartPrefix().Replace(text, string.Empty).Trim().TrimEnd(':');

        private static MappingKind MappingKindOf(string text)
        {
            var t = text.AsSpan().Trim().Trim("\"“”*");
            return t.EndsWith('?') || QuestionStart().IsMatch(t) ? MappingKind.Question : MappingKind.Theme;
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"\b(format|template|structure|outline)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex TemplateLead();

        [System.Text.RegularExpressions.GeneratedRegex(@"^(note|tip|template|example)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex NotAStoryTitle();

        [System.Text.RegularExpressions.GeneratedRegex(@"^(?:pillar|value|principle|leadership principle|company value)\s*[:—–-]\s*(?<value>.+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex ValuePrefix();

        [System.Text.RegularExpressions.GeneratedRegex(@"^part\s+\w+\s*[:.—–-]\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex PartPrefix();

        [System.Text.RegularExpressions.GeneratedRegex(@"^(tell me|describe|how|what|why|when|give me|walk me|have you|did you|do you|can you|share)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex QuestionStart();
    }

    /// <summary>A story made of list blocks: a title unit and its labeled list, or (TitleIndex -1) a list of packed stories.</summary>
    private sealed record ItemStory(int TitleIndex, int BodyIndex, string? Question);
}
