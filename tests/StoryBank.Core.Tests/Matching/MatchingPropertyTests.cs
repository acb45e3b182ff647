using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Matching.Text;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Matching;

/// <summary>
/// Properties of the tokenizer and the matcher over generated text: tokens lie inside their text, any accepted query is
/// answered without failing, scores stay in range with the go-to first, and a story's score does not depend on where it
/// sits in the bank.
/// </summary>
public sealed class MatchingPropertyTests
{
    private static readonly Gen<string> Word = Gen.Elements(
        "I", "we", "led", "dove", "into", "the", "root", "cause", "disagreed", "with", "my", "manager", "latency", "cache",
        "customer", "failed", "learned", "mentored", "a", "junior", "Dive", "Deep", "Ownership", "Earn", "Trust", "—", "/",
        "push-back", "don't", "naïve", "日本語", "?", "!", "83x", "$500K", "**", "\n", "’s", "Have", "Backbone;", "Commit");

    private static readonly Gen<string> Text = Gen.OneOf(
        Word.ListOf().Select(words => string.Join(' ', words)),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));

    private static readonly Gen<Story[]> Stories =
        Gen.Choose(1, 6).SelectMany(count => Gen.ArrayOf(Text, count).Select(texts => texts
            .Select((text, i) => MatchingFixtures.Story($"s{i}", $"Story {i}: {text[..Math.Min(text.Length, 20)]}", [], [], [], text) with
            {
                Project = i % 2 == 0 ? "Even" : null,
            })
            .ToArray()));

    [Property(MaxTest = 2000)]
    public Property Tokens_lie_inside_their_text_in_order_with_non_empty_terms() =>
        Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var tokens = Terms.Tokenize(text);
            var end = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= end && token.Length > 0 && token.Start + token.Length <= text.Length);
                Assert.NotEmpty(token.Term);
                end = token.Start + token.Length;
            }
        });

    [Property(MaxTest = 300)]
    public Property Any_accepted_query_is_answered_with_scores_in_range_and_the_go_to_first() =>
        Prop.ForAll(Stories.ToArbitrary(), Text.ToArbitrary(), (stories, query) =>
        {
            if (StoryMatcher.ProblemWith(query) is not null)
            {
                Assert.Throws<ArgumentException>(() => new StoryMatcher(stories, [], InterviewCatalog.Default).Match(query));
                return;
            }

            var answer = new StoryMatcher(stories, [], InterviewCatalog.Default).Match(query, top: 5);
            Assert.All(answer.Stories, s => Assert.InRange(s.Score, 0.0, 1.0)); // the three shares add up to 1
            Assert.Equal(answer.Stories.Select(s => s.Story.Id).Distinct().Count(), answer.Stories.Count);
            if (answer.Stories.Count > 0)
            {
                Assert.Equal(MatchRole.GoTo, answer.Stories[0].Role);
                Assert.True(answer.Stories.All(s => s.Score <= answer.Stories[0].Score));
                Assert.True(answer.Stories.Count(s => s.Role == MatchRole.Backup) == (answer.Stories.Count > 1 ? 1 : 0));
            }
        });

    [Property(MaxTest = 200)]
    public Property A_story_s_score_does_not_depend_on_its_place_in_the_bank() =>
        Prop.ForAll(Stories.ToArbitrary(), Text.Where(q => StoryMatcher.ProblemWith(q) is null).ToArbitrary(), (stories, query) =>
        {
            static Dictionary<string, double> Scores(IReadOnlyList<Story> bank, string query) =>
                new StoryMatcher(bank, [], InterviewCatalog.Default).Match(query, top: bank.Count).Stories.ToDictionary(s => s.Story.Id, s => s.Score);

            var forward = Scores(stories, query);
            var backward = Scores([.. stories.Reverse()], query);
            Assert.Equal(forward.OrderBy(p => p.Key), backward.OrderBy(p => p.Key));
        });
}
