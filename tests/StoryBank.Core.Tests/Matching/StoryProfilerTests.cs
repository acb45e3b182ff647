using StoryBank.Core.Matching;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Matching;

/// <summary>A story's profile tags competencies with evidence from where the story says them, and the user's word wins.</summary>
public sealed class StoryProfilerTests
{
    private static readonly StoryProfiler Profiler = MatchingFixtures.Profiler(
        ("conflict", ["disagreement", "pushed back"]),
        ("crisis", ["crisis management", "outage"]),
        ("ownership", ["ownership", "took ownership"]),
        ("mentoring", ["mentored"]));

    private static Story Story(string title, string[] competencies, string[] bestFor, string[] headings, params string[] texts) =>
        MatchingFixtures.Story("5t0a00000001", title, competencies, bestFor, headings, texts);

    [Fact]
    public void Every_tag_carries_its_evidence_and_the_stronger_sources_weigh_more()
    {
        var story = Story("Crisis Management: the queue outage", ["Ownership"], ["Tell me about a disagreement with a peer"], ["Stories"],
            "I took ownership of the outage.", "The outage lasted an hour.");
        var profile = Profiler.Profile(story);

        var crisis = profile.Competencies.Single(c => c.CompetencyId == "crisis");
        Assert.Equal([EvidenceSource.Title, EvidenceSource.Title, EvidenceSource.Text], crisis.Evidence.Select(e => e.Source));
        Assert.Equal(["Crisis Management", "outage", "outage"], crisis.Evidence.Select(e => e.Phrase));
        Assert.Equal(2 * StoryProfiler.WeightOf(EvidenceSource.Title) + StoryProfiler.WeightOf(EvidenceSource.Text), crisis.Weight);

        var ownership = profile.Competencies.Single(c => c.CompetencyId == "ownership");
        Assert.Equal(EvidenceSource.CompetencyLine, ownership.Evidence[0].Source);
        Assert.Equal(EvidenceSource.BestFor, profile.Competencies.Single(c => c.CompetencyId == "conflict").Evidence.Single().Source);
        Assert.Equal(0, profile.WeightOf("mentoring"));
        Assert.Equal("crisis", profile.Competencies[0].CompetencyId); // strongest first
    }

    [Fact]
    public void A_phrase_repeated_in_the_text_counts_once()
    {
        var profile = Profiler.Profile(Story("A story", [], [], [], "I pushed back. Then I pushed back again.", "I PUSHED BACK a third time."));
        var conflict = profile.Competencies.Single();
        Assert.Single(conflict.Evidence);
        Assert.Equal(StoryProfiler.WeightOf(EvidenceSource.Text), conflict.Weight);
    }

    [Fact]
    public void Overrides_win_confirmed_tags_are_kept_and_removed_ones_dropped()
    {
        var story = Story("Crisis Management", [], [], [], "I mentored a new hire.");
        var overrides = new TagOverrides(new HashSet<string> { "conflict" }, new HashSet<string> { "crisis" });
        var profile = Profiler.Profile(story, overrides);

        Assert.Equal(["conflict", "mentoring"], profile.Competencies.Select(c => c.CompetencyId));
        Assert.Equal(EvidenceSource.Confirmed, profile.Competencies[0].Evidence.Single().Source);
        Assert.Equal(0, profile.WeightOf("crisis"));
    }
}
