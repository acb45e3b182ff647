using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Matching.Evaluation;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Matching;

public sealed class StoryMatcherTests
{
    private static Story Story(string id, string title, string? project, string text, params string[] bestFor) =>
        MatchingFixtures.Story(id, title, [], bestFor, [], text) with { Project = project };

    private static readonly Story[] Bank =
    [
        Story("leak", "Chasing a memory leak in the billing service", "Billing",
            "The service crashed every night. I took heap dumps, dove into the allocation traces and found a cache that never evicted. I fixed it and memory stayed flat."),
        Story("pushback", "Pushing back on a rushed launch", "Checkout",
            "My manager wanted to launch before the load tests. I disagreed, showed him the error budget, and we agreed to a two-day delay. The launch had no incidents."),
        Story("mentor", "Growing a junior engineer into an owner", "Checkout",
            "A junior engineer avoided hard tickets. I paired with her weekly and let her lead the design review. Six months later she was promoted."),
        Story("outage", "The outage I caused", "Search",
            "I shipped a config change without a canary and took search down for 40 minutes. I rolled back, wrote the postmortem and learned to always stage config changes.",
            "Tell me about a time you failed"),
        Story("conflict2", "Settling a schema dispute between two teams", "Billing",
            "Two teams disagreed about the event schema. I brought both leads together, wrote down each constraint and we agreed on a versioned schema."),
    ];

    private static StoryMatcher Matcher(params Mapping[] mappings) => new(Bank, mappings, InterviewCatalog.Default);

    [Fact]
    public void A_question_finds_the_story_that_answers_it_with_reasons()
    {
        var answer = Matcher().Match("How did you debug a memory problem in production?");
        Assert.Equal("leak", answer.Stories[0].Story.Id);
        Assert.Equal(MatchRole.GoTo, answer.Stories[0].Role);
        Assert.Contains(answer.Stories[0].Reasons, r => r.Contains("\"memory\"", StringComparison.Ordinal));
        Assert.Equal(FrameworkKind.PAR, answer.Framework.Framework);
    }

    [Fact]
    public void Irregular_forms_and_word_forms_match_dove_finds_dive()
    {
        var matcher = Matcher();
        Assert.Equal("leak", matcher.Match("Dive deep into an allocation problem").Stories[0].Story.Id);
        Assert.Equal("leak", matcher.Match("a time you evicted caches").Stories[0].Story.Id);
    }

    [Theory]
    [InlineData("failure", "failed")]
    [InlineData("decision", "decided")]
    [InlineData("delivery", "delivered")]
    [InlineData("disagreement", "disagreed")]
    [InlineData("persuasion", "persuading")]
    [InlineData("solution", "solved")]
    [InlineData("scalability", "scaling")]
    public void Nouns_and_verbs_of_one_family_share_a_term(string noun, string verb)
    {
        Assert.Equal(Core.Matching.Text.Terms.TermOf(verb), Core.Matching.Text.Terms.TermOf(noun));
    }

    [Fact]
    public void Words_the_stemmer_conflates_too_far_stay_apart()
    {
        Assert.NotEqual(Core.Matching.Text.Terms.TermOf("led"), Core.Matching.Text.Terms.TermOf("leadership"));
        Assert.NotEqual(Core.Matching.Text.Terms.TermOf("care"), Core.Matching.Text.Terms.TermOf("career"));
    }

    [Fact]
    public void A_question_about_failing_finds_a_failure_heading()
    {
        var failure = MatchingFixtures.Story("rollback", "Rolling back a rushed migration", [], [], [], "The migration corrupted rows and I rolled it back.")
            with { HeadingPath = ["Failure & Learning"] };
        var other = MatchingFixtures.Story("failover", "Speeding up the nightly export", [], [], [], "The export failed twice a week until I split it into batches.");
        var matcher = new StoryMatcher([other, failure], [], InterviewCatalog.Default);
        Assert.Equal("rollback", matcher.Match("Tell me about a time you failed").Stories[0].Story.Id);
    }

    [Fact]
    public void The_backup_comes_from_another_project_when_one_matches()
    {
        var answer = Matcher().Match("Tell me about a time you disagreed with someone", top: 3);
        var goTo = answer.Stories.Single(s => s.Role == MatchRole.GoTo);
        var backup = answer.Stories.Single(s => s.Role == MatchRole.Backup);
        Assert.Equal(["pushback", "conflict2"], new[] { goTo.Story.Id, backup.Story.Id }.Order().Reverse());
        Assert.NotEqual(goTo.Story.Project, backup.Story.Project);
        Assert.Contains(backup.Reasons, r => r.StartsWith("a backup from another project", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_value_is_read_as_its_competencies()
    {
        var amazon = InterviewCatalog.Default.FindPack("amazon")!;
        var matcher = Matcher();
        var reading = matcher.Read("Have Backbone; Disagree and Commit", amazon);
        Assert.Equal(QueryKind.Value, reading.Kind);
        Assert.Contains(reading.Values, v => v.Value.Name == "Have Backbone; Disagree and Commit");
        Assert.Contains(reading.Competencies, c => c.Id == "conflict");
        var answer = matcher.Match("Have Backbone; Disagree and Commit", amazon);
        Assert.Contains(answer.Stories[0].Story.Id, new[] { "pushback", "conflict2" });
        Assert.Contains(answer.Stories[0].Reasons, r => r.Contains("Have Backbone", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tell me about a time you took ownership of a failing project", QueryKind.Question)]
    [InlineData("How do you earn trust with a new team?", QueryKind.Question)]
    [InlineData("Ownership", QueryKind.Value)]
    [InlineData("Earn Trust", QueryKind.Value)]
    [InlineData("Conflict/Disagreement", QueryKind.Theme)]
    public void A_query_is_read_as_a_question_a_value_or_a_theme(string query, QueryKind kind)
    {
        var reading = Matcher().Read(query, InterviewCatalog.Default.FindPack("amazon"));
        Assert.Equal(kind, reading.Kind);
    }

    [Fact]
    public void A_value_or_theme_without_cues_is_prepared_as_star_and_the_reason_says_why()
    {
        var amazon = InterviewCatalog.Default.FindPack("amazon");
        Assert.StartsWith("a company value, not a question", Matcher().Match("Earn Trust", amazon).Framework.Reason, StringComparison.Ordinal);
        Assert.StartsWith("a theme, not a question", Matcher().Match("People development").Framework.Reason, StringComparison.Ordinal);
        Assert.Equal(FrameworkKind.CARL, Matcher().Match("Failure/Learning").Framework.Framework); // a theme's own cue still decides
    }

    [Fact]
    public void A_question_that_names_a_value_still_draws_on_the_value_s_competencies()
    {
        var reading = Matcher().Read("Tell me about a time you took ownership of a failing project", InterviewCatalog.Default.FindPack("amazon"));
        Assert.Contains(reading.Values, v => v.Value.Name == "Ownership");
        Assert.Contains(reading.Competencies, c => c.Why == "Ownership (Amazon)");
    }

    [Fact]
    public void A_theme_is_read_as_a_theme_and_the_bank_s_own_mapping_counts()
    {
        var matcher = Matcher(new Mapping(MappingKind.Theme, "People Development", ["mentor"], 42));
        var answer = matcher.Match("People development");
        Assert.Equal(QueryKind.Theme, answer.Reading.Kind);
        Assert.Equal("mentor", answer.Stories[0].Story.Id);
        Assert.Contains(answer.Stories[0].Reasons, r => r.Contains("the bank maps \"People Development\" to it (bank.md:42)", StringComparison.Ordinal));
    }

    [Fact]
    public void Ranking_is_deterministic_and_ties_keep_bank_order()
    {
        var twins = new[] { Story("a", "Same", null, "Identical words about latency."), Story("b", "Same", null, "Identical words about latency.") };
        var matcher = new StoryMatcher(twins, [], InterviewCatalog.Default);
        Assert.Equal([0, 1], matcher.RankAll("latency"));
        var first = Matcher().Match("Tell me about a failure", top: 5);
        var second = Matcher().Match("Tell me about a failure", top: 5);
        Assert.Equal(first.Stories.Select(s => (s.Story.Id, s.Score)), second.Stories.Select(s => (s.Story.Id, s.Score)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Empty_queries_are_refused_with_a_message(string query)
    {
        Assert.Contains("empty", StoryMatcher.ProblemWith(query), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Matcher().Match(query));
    }

    [Fact]
    public void A_ten_thousand_character_query_is_refused_with_its_length()
    {
        var query = string.Concat(Enumerable.Repeat("conflict ", 1112))[..10_000];
        Assert.Contains("10,000 characters", StoryMatcher.ProblemWith(query), StringComparison.Ordinal);
        Assert.Null(StoryMatcher.ProblemWith(query[..StoryMatcher.MaxQueryLength]));
    }

    [Fact]
    public void A_query_no_story_speaks_to_has_no_stories_but_still_a_framework()
    {
        var answer = Matcher().Match("quantum cryptography zebra");
        Assert.Empty(answer.Stories);
        Assert.Equal(FrameworkKind.STAR, answer.Framework.Framework);
    }

    [Fact]
    public void Leave_one_out_hides_the_best_for_line_the_heading_and_the_mapping_that_state_it()
    {
        var story = MatchingFixtures.Story("s1", "Cutting cloud costs", [], ["Tell me about a time you reduced costs", "Describe a budget cut"], ["Pillar: Frugality", "Tell me about a time you reduced costs"], "We moved to spot instances.");
        var stating = new Mapping(MappingKind.Question, "Tell me about a time you reduced costs", ["s1"], 5);
        var other = new Mapping(MappingKind.Value, "Frugality", ["s1"], 2);
        var document = new Document("d", "Bank", new SourceRef("bank.md", 1, 20), [story], [], [stating, other]);

        var (stories, mappings) = MatchEvaluation.Hide(document, stating);

        Assert.Equal(["Describe a budget cut"], stories[0].BestFor);
        Assert.Equal(["Pillar: Frugality"], stories[0].HeadingPath);
        Assert.Equal([other], mappings);
    }

    [Fact]
    public void Evaluation_counts_top_1_and_top_3_for_both_rankings()
    {
        var mapping = new Mapping(MappingKind.Question, "How did you track down a memory leak?", ["leak"], 3);
        var document = new Document("d", "Bank", new SourceRef("bank.md", 1, 20), Bank, [], [mapping]);
        var evaluation = MatchEvaluation.Evaluate(document, InterviewCatalog.Default);
        var only = Assert.Single(evaluation.Cases);
        Assert.Equal(1, only.Rank);
        Assert.Equal(1, only.BaselineRank);
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (evaluation.Top1, evaluation.Top3, evaluation.BaselineTop1, evaluation.BaselineTop3));
    }

    [Fact]
    public void The_user_s_overrides_win_over_the_text()
    {
        const string query = "Tell me about mentoring someone";
        var plain = Matcher().Match(query, top: 5);
        Assert.Contains(plain.Stories.Single(s => s.Story.Id == "mentor").Reasons, r => r.StartsWith("shows mentoring", StringComparison.Ordinal));

        var removed = new TagOverrides(new HashSet<string>(), new HashSet<string> { "mentoring" });
        var confirmed = new TagOverrides(new HashSet<string> { "mentoring" }, new HashSet<string>());
        var overridden = new StoryMatcher(Bank, [], InterviewCatalog.Default, id => id switch
        {
            "mentor" => removed,
            "leak" => confirmed,
            _ => TagOverrides.None,
        }).Match(query, top: 5);

        // Without the tag nothing in the story speaks to the query, so it drops out of the answer.
        Assert.DoesNotContain(overridden.Stories, s => s.Story.Id == "mentor");
        Assert.Contains(overridden.Stories.Single(s => s.Story.Id == "leak").Reasons, r => r.StartsWith("shows mentoring", StringComparison.Ordinal) && r.Contains("confirmed tags", StringComparison.Ordinal));
    }

    [Fact]
    public void A_weak_story_from_another_project_does_not_displace_a_strong_next_best()
    {
        Story[] stories =
        [
            Story("a", "Cutting checkout latency with a cache", "Checkout", "Checkout latency was 900 ms. I added a read-through cache and latency fell to 120 ms."),
            Story("b", "Reworking the latency cache", null, "The cache served stale prices, so I rebuilt its invalidation; latency stayed under 150 ms."),
            Story("c", "Quarterly planning", "Search", "We planned the quarter; one item mentioned a cache."),
        ];
        var answer = new StoryMatcher(stories, [], InterviewCatalog.Default).Match("How did you cut latency with a cache?");
        Assert.Equal("a", answer.Stories[0].Story.Id);
        var backup = answer.Stories.Single(s => s.Role == MatchRole.Backup);
        Assert.Equal("b", backup.Story.Id);
        Assert.Contains(backup.Reasons, r => r.Contains("its project is not known", StringComparison.Ordinal));
    }
}
