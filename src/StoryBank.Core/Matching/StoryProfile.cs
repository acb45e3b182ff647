using StoryBank.Core.Catalog;
using StoryBank.Core.Model;

namespace StoryBank.Core.Matching;

/// <summary>Where in a story the evidence for a tag was found.</summary>
public enum EvidenceSource
{
    /// <summary>The user confirmed the tag.</summary>
    Confirmed,
    /// <summary>The story's competency line ("Competencies: Crisis Management, Solo Ownership").</summary>
    CompetencyLine,
    /// <summary>The story's "best for" questions.</summary>
    BestFor,
    /// <summary>The story's title.</summary>
    Title,
    /// <summary>A heading above the story (a theme or the question it answers).</summary>
    Heading,
    /// <summary>The story's text: its sections and short version.</summary>
    Text,
}

/// <summary>One piece of evidence for a tag: where it was found and the phrase as written.</summary>
public sealed record TagEvidence(EvidenceSource Source, string Phrase);

/// <summary>A competency of a story, with how strongly the story shows it and the evidence.</summary>
/// <param name="CompetencyId">The competency.</param>
/// <param name="Weight">The sum of the evidence's weights (see <see cref="StoryProfiler"/>).</param>
/// <param name="Evidence">The phrases that support it, strongest source first.</param>
public sealed record CompetencyTag(string CompetencyId, double Weight, IReadOnlyList<TagEvidence> Evidence);

/// <summary>What a story is good for: its competencies, strongest first.</summary>
public sealed record StoryProfile(string StoryId, IReadOnlyList<CompetencyTag> Competencies)
{
    /// <summary>The weight of <paramref name="competencyId"/> in this story (0 when it is not tagged).</summary>
    public double WeightOf(string competencyId) => Competencies.FirstOrDefault(c => c.CompetencyId == competencyId)?.Weight ?? 0;
}

/// <summary>The user's word on a story's tags: confirmed competencies are kept whatever the text says, removed ones are dropped.</summary>
public sealed record TagOverrides(IReadOnlySet<string> Confirmed, IReadOnlySet<string> Removed)
{
    /// <summary>No overrides.</summary>
    public static TagOverrides None { get; } = new(new HashSet<string>(), new HashSet<string>());
}

/// <summary>
/// Builds story profiles from the evidence a story gives: the competency line and "best for" questions count most, then the
/// title and the headings above it, then each phrase of the text. A user's overrides win over all of it.
/// </summary>
public sealed class StoryProfiler(CompetencyFinder finder)
{
    /// <summary>How much one piece of evidence from each source weighs; a text phrase counts once per competency and phrase.</summary>
    public static double WeightOf(EvidenceSource source) => source switch
    {
        EvidenceSource.Confirmed => 10,
        EvidenceSource.CompetencyLine => 4,
        EvidenceSource.BestFor => 3,
        EvidenceSource.Title => 3,
        EvidenceSource.Heading => 2,
        _ => 1,
    };

    /// <summary>The places of a story that can hold evidence, strongest source first.</summary>
    public static IEnumerable<(EvidenceSource Source, IEnumerable<string> Texts)> PlacesOf(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return
        [
            (EvidenceSource.CompetencyLine, story.Competencies),
            (EvidenceSource.BestFor, story.BestFor),
            (EvidenceSource.Title, [story.Title]),
            (EvidenceSource.Heading, story.HeadingPath),
            (EvidenceSource.Text, story.Sections.Select(s => s.Text).Append(story.ShortVersion ?? "")),
        ];
    }

    /// <summary>A source in words, for reasons: "competency line", "best-for questions", "title"…</summary>
    public static string Describe(EvidenceSource source) => source switch
    {
        EvidenceSource.Confirmed => "confirmed tags",
        EvidenceSource.CompetencyLine => "competency line",
        EvidenceSource.BestFor => "best-for questions",
        EvidenceSource.Title => "title",
        EvidenceSource.Heading => "headings",
        _ => "text",
    };

    /// <summary>The profiler over the built-in taxonomy.</summary>
    public static StoryProfiler Default { get; } = new(CompetencyFinder.Default);

    /// <summary>The profile of <paramref name="story"/>, with <paramref name="overrides"/> applied.</summary>
    public StoryProfile Profile(Story story, TagOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        overrides ??= TagOverrides.None;
        var evidence = new List<(string CompetencyId, TagEvidence Evidence)>();
        void From(EvidenceSource source, IEnumerable<string> texts)
        {
            foreach (var text in texts)
            {
                evidence.AddRange(finder.Find(text).Select(e => (e.CompetencyId, new TagEvidence(source, e.Phrase))));
            }
        }

        foreach (var (source, texts) in PlacesOf(story))
        {
            From(source, texts);
        }

        evidence.AddRange(overrides.Confirmed.Select(id => (id, new TagEvidence(EvidenceSource.Confirmed, id))));

        var tags = evidence
            .Where(e => !overrides.Removed.Contains(e.CompetencyId))
            .GroupBy(e => e.CompetencyId, StringComparer.Ordinal)
            .Select(group =>
            {
                // The same phrase from the same source counts once: a story that repeats "ownership" is not more about it.
                var distinct = group.Select(e => e.Evidence)
                    .DistinctBy(e => (e.Source, e.Phrase.ToLowerInvariant()))
                    .OrderBy(e => e.Source)
                    .ToList();
                return new CompetencyTag(group.Key, distinct.Sum(e => WeightOf(e.Source)), distinct);
            })
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.CompetencyId, StringComparer.Ordinal)
            .ToList();
        return new StoryProfile(story.Id, tags);
    }
}
