using StoryBank.Core.Model;
using static StoryBank.Core.Export.CanonicalFormat;

namespace StoryBank.Core.Import.Canonical;

/// <summary>Reads a canonical document index: front matter with source, mappings and block metadata, then the block texts between markers.</summary>
internal static class CanonicalIndexReader
{
    /// <summary>The index file as a document fragment without stories.</summary>
    public static Document Read(FrontMatter frontMatter, IReadOnlyList<string> lines, string file, LineLedger ledger, List<ImportWarning> warnings)
    {
        var mappings = frontMatter.Maps("mappings")
            .Select(m => new Mapping(m.RequiredEnum<MappingKind>("kind"), m.Text("text", string.Empty) ?? string.Empty, m.Texts("storyIds"), m.Int("line", 0)))
            .ToList();
        var blockInfos = frontMatter.Maps("blocks");
        var blocks = new List<DocumentBlock>(blockInfos.Count);
        var next = frontMatter.ClosingLineIndex + 1;
        for (var b = 0; b < blockInfos.Count; b++)
        {
            var marker = FindLine(lines, BlockMarker(b), next)
                ?? throw new FrontMatterException(blockInfos[b].Line,
                    $"the front matter lists block {b} but the body has no \"{BlockMarker(b)}\" line");
            WarnAboutStrayText(lines, next, marker, file, warnings);
            ledger.Claim(marker + 1, marker + 1);
            var end = FindLine(lines, b + 1 < blockInfos.Count ? BlockMarker(b + 1) : StoriesMarker, marker + 1) ?? lines.Count;
            ledger.Claim(marker + 2, end);
            var text = string.Join('\n', lines.Skip(marker + 1).Take(end - marker - 1));
            // The exporter writes one blank line after each block's text.
            text = text.EndsWith('\n') ? text[..^1] : text;
            var info = blockInfos[b];
            var range = info.Ints("lines");
            blocks.Add(new DocumentBlock(
                info.RequiredEnum<BlockKind>("kind"),
                text,
                info.Texts("headingPath"),
                range is [var start, var stop] ? new LineRange(start, stop) : new LineRange(0, 0)));
            next = end;
        }

        if (FindLine(lines, StoriesMarker, next) is { } storiesMarker)
        {
            WarnAboutStrayText(lines, next, storiesMarker, file, warnings);
            // The story link list is for people; the stories themselves live in their own files.
            ledger.Claim(storiesMarker + 1, lines.Count);
        }
        else
        {
            WarnAboutStrayText(lines, next, lines.Count, file, warnings);
        }

        return new Document(
            frontMatter.RequiredText("id"),
            frontMatter.Text("title", string.Empty) ?? string.Empty,
            SourceOf(frontMatter, new SourceRef(file, 1, lines.Count)),
            [],
            blocks,
            mappings);
    }

    /// <summary>The <c>source</c> of the front matter, <paramref name="missing"/> when it has none.</summary>
    public static SourceRef SourceOf(FrontMatter frontMatter, SourceRef missing) => frontMatter.Map("source") is { } source
        ? new SourceRef(source.Text("file", missing.File) ?? missing.File, source.Int("startLine", 0), source.Int("endLine", 0))
        : missing;

    private static int? FindLine(IReadOnlyList<string> lines, string wanted, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i] == wanted)
            {
                return i;
            }
        }

        return null;
    }

    private static void WarnAboutStrayText(IReadOnlyList<string> lines, int from, int to, string file, List<ImportWarning> warnings)
    {
        for (var i = from; i < to; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                warnings.Add(new ImportWarning(file, i + 1, "line skipped: text in an index file must follow a \"<!-- block N -->\" marker"));
            }
        }
    }
}
