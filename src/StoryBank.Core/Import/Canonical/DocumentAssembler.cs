using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Canonical;

/// <summary>Puts a document read from a canonical Markdown export back together from its index and story fragments.</summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class DocumentAssembler
{
    /// <summary>
    /// The whole document: title, source, blocks and mappings from <paramref name="index"/>, stories from the
    /// <paramref name="storyFragments"/> whose document id is the index's (others are ignored; of two fragments with
    /// the same story id the first wins). Stories are put in source order (by <see cref="SourceRef.StartLine"/>,
    /// then id); stories without a source line (0, e.g. written by hand in the export folder) follow in id order.
    /// </summary>
    /// <remarks>
    /// Source order is the order the model promises for <see cref="Document.Stories"/> and the order the exporter
    /// lists the stories in the index; it is recomputed here because a fragment carries no position of its own.
    /// </remarks>
    public static Document Assemble(Document index, IEnumerable<Document> storyFragments)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(storyFragments);
        var stories = storyFragments
            .Where(fragment => fragment.Id == index.Id)
            .SelectMany(fragment => fragment.Stories)
            .DistinctBy(story => story.Id, StringComparer.Ordinal)
            .OrderBy(story => story.Source.StartLine > 0 ? 0 : 1)
            .ThenBy(story => story.Source.StartLine)
            .ThenBy(story => story.Id, StringComparer.Ordinal)
            .ToList();
        return index with { Stories = stories };
    }
}
