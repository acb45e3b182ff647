using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;
using static StoryBank.Core.Export.CanonicalFormat;

namespace StoryBank.Core.Import.Canonical;

/// <summary>Reads the body of a canonical story file: title line, then parts split by <c>## </c> headings outside fenced code.</summary>
internal static class CanonicalStoryReader
{
    /// <summary>The story file as a one-story document fragment.</summary>
    public static Document Read(FrontMatter frontMatter, IReadOnlyList<string> lines, string file, LineLedger ledger, List<ImportWarning> warnings)
    {
        var documentId = frontMatter.RequiredText("document");
        var body = new Body(file, ledger, warnings);
        var sections = new List<(string Label, string Text)>();
        string? shortVersion = null;
        var followUps = new List<FollowUp>();
        var bestFor = new List<string>();
        var metrics = new List<Metric>();
        foreach (var part in SplitParts(lines, frontMatter.ClosingLineIndex + 1, ledger))
        {
            var heading = part.Heading?.Trim();
            if (part.Heading is null)
            {
                sections.Add((string.Empty, body.Text(part)));
            }
            else if (part.Heading.EndsWith(SectionSuffix, StringComparison.Ordinal))
            {
                sections.Add((part.Heading[..^SectionSuffix.Length], body.Text(part)));
            }
            else if (Is(heading, ShortVersionHeading))
            {
                var text = body.Unquoted(part);
                shortVersion = shortVersion is null ? text : $"{shortVersion}\n\n{text}";
            }
            else if (Is(heading, FollowUpsHeading))
            {
                followUps.AddRange(body.FollowUps(part));
            }
            else if (Is(heading, BestForHeading))
            {
                bestFor.AddRange(body.Items(part));
            }
            else if (Is(heading, MetricsHeading))
            {
                metrics.AddRange(body.Items(part).Select(ToMetric));
            }
            else
            {
                sections.Add((Is(heading, UntitledHeading) ? string.Empty : part.Heading, body.Text(part)));
            }
        }

        var sectionLines = frontMatter.Ints("sectionLines");
        var storySections = sections
            .Select((s, i) => new Section(SectionLabels.Classify(s.Label) ?? SectionKind.Other, s.Label, s.Text, i < sectionLines.Count ? sectionLines[i] : 0))
            .ToList();
        var wholeFile = new SourceRef(file, 1, lines.Count);
        var story = new Story(
            frontMatter.RequiredText("id"),
            frontMatter.Text("title", string.Empty) ?? string.Empty,
            frontMatter.Text("company", null),
            frontMatter.Text("project", null),
            frontMatter.Enum<FrameworkKind>("framework", null) ?? FrameworkCatalog.Infer(storySections.Select(s => s.Kind)),
            storySections,
            shortVersion,
            frontMatter.Texts("competencies"),
            bestFor,
            followUps,
            metrics,
            frontMatter.Texts("learnings"),
            frontMatter.Texts("tags"),
            frontMatter.Text("language", string.Empty) ?? string.Empty,
            frontMatter.Texts("headingPath"),
            CanonicalIndexReader.SourceOf(frontMatter, wholeFile));
        return new Document(documentId, string.Empty, wholeFile, [story], [], []);
    }

    private static bool Is(string? heading, string reserved) => string.Equals(heading, reserved, StringComparison.OrdinalIgnoreCase);

    private static Metric ToMetric(string item)
    {
        var separator = item.IndexOf(MetricSeparator, StringComparison.Ordinal);
        return separator < 0 ? new Metric(string.Empty, item) : new Metric(item[..separator], item[(separator + MetricSeparator.Length)..]);
    }

    private static List<Part> SplitParts(IReadOnlyList<string> lines, int start, LineLedger ledger)
    {
        var i = start;
        while (i < lines.Count && string.IsNullOrWhiteSpace(lines[i]))
        {
            i++;
        }

        if (i < lines.Count && lines[i].StartsWith(TitlePrefix, StringComparison.Ordinal))
        {
            // The title line is a display copy of the front matter title, which is authoritative.
            ledger.Claim(i + 1, i + 1);
            i++;
        }

        var parts = new List<Part>();
        var fence = new CodeFence();
        string? heading = null;
        var contentStart = i;
        for (; i <= lines.Count; i++)
        {
            if (i < lines.Count && (fence.IsOpen || !lines[i].StartsWith(PartHeadingPrefix, StringComparison.Ordinal)))
            {
                fence.Advance(lines[i]);
                continue;
            }

            var part = Part.Of(heading, lines, contentStart, i);
            if (heading is not null || part.Lines.Count > 0)
            {
                parts.Add(part);
            }

            if (i < lines.Count)
            {
                ledger.Claim(i + 1, i + 1);
                heading = lines[i][PartHeadingPrefix.Length..];
                contentStart = i + 1;
            }
        }

        return parts;
    }

    /// <summary>One part of a story file.</summary>
    /// <param name="Heading">The heading text after "## ", <see langword="null"/> for the text before the first heading.</param>
    /// <param name="Lines">The content lines without surrounding blank lines.</param>
    /// <param name="FirstLine">The 1-based file line of <paramref name="Lines"/>[0].</param>
    private sealed record Part(string? Heading, IReadOnlyList<string> Lines, int FirstLine)
    {
        public static Part Of(string? heading, IReadOnlyList<string> lines, int start, int end)
        {
            while (start < end && string.IsNullOrWhiteSpace(lines[start]))
            {
                start++;
            }

            while (end > start && string.IsNullOrWhiteSpace(lines[end - 1]))
            {
                end--;
            }

            return new Part(heading, [.. lines.Skip(start).Take(end - start)], start + 1);
        }
    }

    /// <summary>Turns part content into story fields, claiming the lines it uses and warning about the ones it cannot place.</summary>
    private sealed class Body(string file, LineLedger ledger, List<ImportWarning> warnings)
    {
        public string Text(Part part)
        {
            ledger.Claim(part.FirstLine, part.FirstLine + part.Lines.Count - 1);
            return string.Join('\n', part.Lines);
        }

        public string Unquoted(Part part)
        {
            ledger.Claim(part.FirstLine, part.FirstLine + part.Lines.Count - 1);
            return string.Join('\n', part.Lines.Select(Unquote));
        }

        public List<FollowUp> FollowUps(Part part)
        {
            var result = new List<(string Question, List<string> Answer)>();
            ForEachLine(part, "a \"**Q: …**\" question line", line =>
            {
                if (line.Length >= QuestionPrefix.Length + QuestionSuffix.Length
                    && line.StartsWith(QuestionPrefix, StringComparison.Ordinal)
                    && line.EndsWith(QuestionSuffix, StringComparison.Ordinal))
                {
                    result.Add((line[QuestionPrefix.Length..^QuestionSuffix.Length], []));
                    return true;
                }

                if (result.Count == 0)
                {
                    return false;
                }

                result[^1].Answer.Add(Unquote(line));
                return true;
            });
            return [.. result.Select(r => new FollowUp(r.Question, string.Join('\n', r.Answer)))];
        }

        public List<string> Items(Part part)
        {
            var items = new List<string>();
            ForEachLine(part, "a \"- \" item", line =>
            {
                if (line.StartsWith(ItemPrefix, StringComparison.Ordinal) || line == ItemPrefix.TrimEnd())
                {
                    items.Add(line.Length > ItemPrefix.Length ? line[ItemPrefix.Length..] : string.Empty);
                    return true;
                }

                if (items.Count == 0)
                {
                    return false;
                }

                // A line that is not an item continues the item above it.
                items[^1] += "\n" + line;
                return true;
            });
            return items;
        }

        private void ForEachLine(Part part, string expected, Func<string, bool> take)
        {
            for (var i = 0; i < part.Lines.Count; i++)
            {
                var line = part.Lines[i];
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var lineNumber = part.FirstLine + i;
                if (take(line))
                {
                    ledger.Claim(lineNumber, lineNumber);
                }
                else
                {
                    warnings.Add(new ImportWarning(file, lineNumber, $"line skipped: the \"{part.Heading}\" part must start with {expected}"));
                }
            }
        }

        private static string Unquote(string line) =>
            line.StartsWith("> ", StringComparison.Ordinal) ? line[2..] : line.StartsWith('>') ? line[1..] : line;
    }
}
