using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;

namespace StoryBank.Core.Tests.Matching;

/// <summary>Competencies are found from whole-word phrases of the taxonomy, with where they are in the text.</summary>
public sealed class CompetencyFinderTests
{
    private static readonly CompetencyFinder Finder = new(
    [
        new Competency("conflict", "Conflict and disagreement", ["disagreement", "pushed back", "push back", "conflict/disagreement"]),
        new Competency("deep-dive", "Deep dive", ["dove into", "root cause", "deep dive"]),
        new Competency("leadership", "Leadership", ["lead", "led"]),
        new Competency("ownership", "Ownership", ["took ownership", "ownership/accountability"]),
        new Competency("stakeholder-management", "Stakeholders", ["buy-in", "push back"]),
    ]);

    [Fact]
    public void Phrases_are_found_with_their_place_in_the_text()
    {
        const string text = "We had a Disagreement about the roadmap, so I PUSHED BACK and dove into the data.";
        var found = Finder.Find(text);
        Assert.Equal(["conflict", "conflict", "deep-dive"], found.Select(e => e.CompetencyId));
        Assert.Equal(["Disagreement", "PUSHED BACK", "dove into"], found.Select(e => e.Phrase));
        Assert.All(found, e => Assert.Equal(e.Phrase, text.Substring(e.Start, e.Length)));
    }

    [Theory]
    [InlineData("Conflict/Disagreement", "conflict")]
    [InlineData("Ownership / Accountability", "ownership")]
    [InlineData("A deep-dive into latency", "deep-dive")]
    [InlineData("I needed buy-in from finance", "stakeholder-management")]
    [InlineData("I led the migration", "leadership")]
    public void Slashes_hyphens_and_irregular_forms_match(string text, string competency) =>
        Assert.Contains(Finder.Find(text), e => e.CompetencyId == competency);

    [Theory]
    [InlineData("She was a natural leader")]
    [InlineData("The roots of the problem")]
    [InlineData("The pushback was mild")]
    public void Parts_of_words_do_not_match(string text) => Assert.Empty(Finder.Find(text));

    [Theory]
    [InlineData("Initially the team was small", "initiative")]
    [InlineData("I have experience with Kafka", "experiment")]
    [InlineData("A critical path", "criticism")]
    public void Words_a_stemmer_would_conflate_are_not_evidence(string text, string phrase)
    {
        // Porter stems "initially"/"initiative", "experience"/"experiment", "critical"/"criticism" alike.
        var finder = new CompetencyFinder([new Competency("c", "C", [phrase])]);
        Assert.Empty(finder.Find(text));
        Assert.Single(finder.Find($"It was {phrase}."));
    }

    [Fact]
    public void A_shorter_phrase_inside_a_longer_one_of_the_same_competency_is_not_found_again()
    {
        var finder = new CompetencyFinder([new Competency("ownership", "Ownership", ["took ownership", "ownership"])]);
        Assert.Equal(["took ownership", "ownership"], finder.Find("I took ownership. Ownership matters.").Select(e => e.Phrase.ToLowerInvariant()));
    }

    [Fact]
    public void A_phrase_shared_by_two_competencies_is_evidence_for_both()
    {
        var found = Finder.Find("Expect them to push back.");
        Assert.Equal(["conflict", "stakeholder-management"], found.Select(e => e.CompetencyId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_built_in_taxonomy_finds_the_themes_of_real_banks()
    {
        var found = CompetencyFinder.Default.Find("Crisis Management: I took ownership with incomplete information and dove deep into the root cause.");
        Assert.Superset(new HashSet<string> { "crisis", "ownership", "ambiguity", "deep-dive" }, found.Select(e => e.CompetencyId).ToHashSet());
    }

    [Fact]
    public void A_plural_or_third_person_s_is_found_without_being_listed()
    {
        var found = CompetencyFinder.Default.Find("How do you handle failures? She mentors juniors.");
        Assert.Contains(found, e => e.CompetencyId == "failure" && e.Phrase == "failures");
        Assert.Contains(found, e => e.CompetencyId == "mentoring" && e.Phrase == "mentors");
    }

    [Fact]
    public void Short_words_are_not_read_as_plurals()
    {
        var finder = new CompetencyFinder([new Competency("novelty", "Novelty", ["new"])]);
        Assert.Empty(finder.Find("We read the news."));
        Assert.Single(finder.Find("A new idea."));
    }
}
