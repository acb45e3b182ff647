using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Matching.Meaning;
using StoryBank.Core.Matching.Ranking;

namespace StoryBank.Core.Tests.Matching;

/// <summary>The evidence of meaning, with a stand-in model: each text becomes a unit vector of its topic words' counts.</summary>
public sealed class MeaningTests
{
    private static readonly Model.Story[] Bank =
    [
        MatchingFixtures.Story("speed", "Making checkout quick", [], [], [], "Checkout was slow. I added a cache and it answered in 80 milliseconds."),
        MatchingFixtures.Story("clash", "A plan I could not support", [], [], [], "My manager wanted to skip load tests. I argued against it and we disagreed for a week."),
        MatchingFixtures.Story("people", "Growing the team", [], [], [], "I hired two engineers and coached a junior through her first on-call."),
    ];

    [Fact]
    public void Closeness_is_scaled_within_the_bank_and_names_the_closest_passage()
    {
        var index = new MeaningIndex(StoryFields.Of(Bank, []), new TopicEncoder());
        var query = index.Read("a time you had a conflict with your manager");

        Assert.Equal(1.0, query.Closeness[1]);
        Assert.Equal(0.0, query.Closeness.Min());
        Assert.All(query.Closeness, c => Assert.InRange(c, 0, 1));
        var passage = query.Closest(1)!.Value;
        Assert.Contains("argued", passage.Text, StringComparison.Ordinal);
        Assert.Equal(StoryField.Text, passage.Field);
    }

    [Fact]
    public void Meaning_finds_a_story_that_shares_no_word_with_the_question()
    {
        // No word of the question is in the speed story; only the stand-in model connects "fast" with "slow" and "cache".
        const string question = "How fast did it get?";
        var words = new StoryMatcher(Bank, [], InterviewCatalog.Default).RankAll(question);
        var withMeaning = new StoryMatcher(Bank, [], InterviewCatalog.Default, encoder: new TopicEncoder()).Match(question, top: 3);

        Assert.DoesNotContain(0, words.Take(1));
        Assert.Equal("speed", withMeaning.Stories[0].Story.Id);
        Assert.Contains(withMeaning.Stories[0].Reasons, r => r.StartsWith("close in meaning to the query (topics)", StringComparison.Ordinal));
        Assert.All(withMeaning.Stories, s => Assert.InRange(s.Score, 0, 1));
    }

    [Fact]
    public void The_cache_encodes_each_text_once_and_survives_a_round_trip()
    {
        var model = new TopicEncoder();
        var cache = new CachedEncoder(model);
        var first = cache.Encode(["slow cache", "hired a junior", "slow cache"]);
        Assert.Equal(2, model.Texts);
        Assert.Same(first[0], first[2]);
        Assert.Equal(1, cache.Missing(["slow cache", "argued with my manager"]));

        using var stream = new MemoryStream();
        cache.Save(stream);
        stream.Position = 0;
        var reloaded = new CachedEncoder(model);
        Assert.True(reloaded.Load(stream));
        Assert.Equal(first[1], reloaded.Encode(["hired a junior"])[0]);
        Assert.Equal(2, model.Texts);
        Assert.Equal(0, reloaded.Encoded);
    }

    [Fact]
    public void A_cache_of_another_model_or_a_damaged_one_is_ignored()
    {
        var cache = new CachedEncoder(new TopicEncoder());
        cache.Encode(["slow cache"]);
        using var saved = new MemoryStream();
        cache.Save(saved);

        var other = new CachedEncoder(new RenamedEncoder());
        saved.Position = 0;
        Assert.False(other.Load(saved));
        Assert.Equal(0, other.Count);

        var bytes = saved.ToArray();
        var damaged = new CachedEncoder(new TopicEncoder());
        Assert.False(damaged.Load(new MemoryStream(bytes[..^3])));
        Assert.False(damaged.Load(new MemoryStream([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])));
        Assert.Equal(0, damaged.Count);
    }

    private sealed class RenamedEncoder : ITextEncoder
    {
        public string Model => "another";

        public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts) => new TopicEncoder().Encode(texts);
    }

    [Fact]
    public void The_backup_is_not_a_retelling_of_the_go_to_when_another_story_matches_nearly_as_well()
    {
        Model.Story[] bank =
        [
            MatchingFixtures.Story("first", "Making checkout fast", [], [], [], "Checkout was slow, so I put a cache in front of the pricing calls."),
            MatchingFixtures.Story("retold", "Checkout, told again", [], [], [], "The checkout page was slow; I added a pricing cache and it got fast."),
            MatchingFixtures.Story("other", "A checkout cache my manager doubted", [], [], [], "The checkout cache was slow to warm and my manager disagreed about fixing it; we argued, and I settled the conflict by showing the latency was fast after my fix."),
        ];
        const string question = "How did you make checkout fast with a cache?";

        var matcher = new StoryMatcher(bank, [], InterviewCatalog.Default, encoder: new TopicEncoder());
        var meaning = matcher.Match(question);

        // The retelling ranks second, yet the backup is the story that tells something else.
        Assert.Equal([0, 1, 2], matcher.RankAll(question));
        Assert.Equal("first", meaning.Stories[0].Story.Id);
        var backup = meaning.Stories.Single(m => m.Role == MatchRole.Backup);
        Assert.Equal("other", backup.Story.Id);
        Assert.Contains(backup.Reasons, r => r.StartsWith("a backup that does not retell the go-to", StringComparison.Ordinal));
    }
}
