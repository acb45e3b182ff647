using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Matching;

/// <summary>Small hand-written taxonomies and stories for the matching and planning tests.</summary>
internal static class MatchingFixtures
{
    /// <summary>A profiler over a taxonomy of the given competencies: id, then its phrases.</summary>
    public static StoryProfiler Profiler(params (string Id, string[] Phrases)[] competencies) =>
        new(new CompetencyFinder([.. competencies.Select(c => new Competency(c.Id, c.Id, c.Phrases))]));

    /// <summary>A STAR story whose texts are Action sections.</summary>
    public static Story Story(string id, string title, string[] competencies, string[] bestFor, string[] headings, params string[] texts) => new(
        id, title, null, null, FrameworkKind.STAR,
        [.. texts.Select((t, i) => new Section(SectionKind.Action, "Action", t, 10 + i))], null,
        competencies, bestFor, [], [], [], [], "en", headings, new SourceRef("bank.md", 1, 20));
}
