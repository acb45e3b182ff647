using StoryBank.Core.Model;

namespace StoryBank.Core.Matching.Ranking;

/// <summary>The parts of a story the ranking reads, each with its own weight.</summary>
public enum StoryField
{
    /// <summary>The story's title.</summary>
    Title,
    /// <summary>What the candidate or the document states the story is for: best-for questions, the competency line, the tags and the questions, themes and values the document maps to it.</summary>
    Stated,
    /// <summary>The headings above the story.</summary>
    Headings,
    /// <summary>The story itself: sections, short version, follow-ups, metrics and learnings.</summary>
    Text,
}

/// <summary>The texts of one story, field by field, as the ranking indexes them.</summary>
/// <param name="Story">The story.</param>
/// <param name="Mappings">The document's mappings that name the story.</param>
public sealed record StoryFields(Story Story, IReadOnlyList<Mapping> Mappings)
{
    /// <summary>Every field's texts, in <see cref="StoryField"/> order.</summary>
    public IEnumerable<(StoryField Field, string Text)> Texts()
    {
        yield return (StoryField.Title, Story.Title);
        foreach (var text in Story.BestFor.Concat(Story.Competencies).Concat(Story.Tags).Concat(Mappings.Select(m => m.Text)))
        {
            yield return (StoryField.Stated, text);
        }

        foreach (var heading in Story.HeadingPath)
        {
            yield return (StoryField.Headings, heading);
        }

        foreach (var section in Story.Sections)
        {
            yield return (StoryField.Text, section.Text);
        }

        if (Story.ShortVersion is { } shortVersion)
        {
            yield return (StoryField.Text, shortVersion);
        }

        foreach (var followUp in Story.FollowUps)
        {
            yield return (StoryField.Text, followUp.Question);
            yield return (StoryField.Text, followUp.Answer);
        }

        foreach (var metric in Story.Metrics)
        {
            yield return (StoryField.Text, $"{metric.Name} {metric.Value}");
        }

        foreach (var learning in Story.Learnings)
        {
            yield return (StoryField.Text, learning);
        }
    }

    /// <summary>
    /// The fields of every story of <paramref name="stories"/>, each with the mappings of <paramref name="mappings"/> that
    /// name it.
    /// </summary>
    public static IReadOnlyList<StoryFields> Of(IReadOnlyList<Story> stories, IEnumerable<Mapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(mappings);
        var byStory = new Dictionary<string, List<Mapping>>(StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            foreach (var id in mapping.StoryIds.Distinct(StringComparer.Ordinal))
            {
                if (!byStory.TryGetValue(id, out var list))
                {
                    byStory[id] = list = [];
                }

                list.Add(mapping);
            }
        }

        return [.. stories.Select(s => new StoryFields(s, byStory.GetValueOrDefault(s.Id) ?? []))];
    }
}
