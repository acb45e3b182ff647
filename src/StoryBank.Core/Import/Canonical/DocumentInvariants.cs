using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Canonical;

/// <summary>The invariants every document read from a StoryBank export must hold.</summary>
internal static class DocumentInvariants
{
    /// <summary>The first broken invariant of <paramref name="document"/> as a one-line message, or <see langword="null"/>.</summary>
    public static string? FirstViolation(Document document)
    {
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            return "the document id is empty";
        }

        if ((NullEntry(document.Stories, "stories") ?? NullEntry(document.Blocks, "blocks") ?? NullEntry(document.Mappings, "mappings")) is { } nullEntry)
        {
            return nullEntry;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Stories.Count; i++)
        {
            var story = document.Stories[i];
            if (string.IsNullOrWhiteSpace(story.Id))
            {
                return $"story {i + 1} (\"{story.Title}\") has an empty id";
            }

            if (!seen.Add(story.Id))
            {
                return $"the story id {story.Id} is used by two stories";
            }

            if (StoryNullEntry(story) is { } storyNull)
            {
                return $"story {story.Id}: {storyNull}";
            }
        }

        return document.Blocks.Select((b, i) => NullEntry(b.HeadingPath, $"blocks[{i}].headingPath")).FirstOrDefault(m => m is not null)
            ?? document.Mappings.Select((m, i) => NullEntry(m.StoryIds, $"mappings[{i}].storyIds")).FirstOrDefault(m => m is not null);
    }

    private static string? StoryNullEntry(Story story) =>
        NullEntry(story.Sections, "sections")
        ?? NullEntry(story.Competencies, "competencies")
        ?? NullEntry(story.BestFor, "bestFor")
        ?? NullEntry(story.FollowUps, "followUps")
        ?? NullEntry(story.Metrics, "metrics")
        ?? NullEntry(story.Learnings, "learnings")
        ?? NullEntry(story.Tags, "tags")
        ?? NullEntry(story.HeadingPath, "headingPath");

    // The serializer enforces non-null properties but not non-null list entries.
    private static string? NullEntry<T>(IReadOnlyList<T?> items, string name)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return $"{name}[{i}] is null";
            }
        }

        return null;
    }
}
