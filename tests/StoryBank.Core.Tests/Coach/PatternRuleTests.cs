using System.Buffers;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Rules;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Tests.Coach;

/// <summary>
/// The promise that lets a pattern rule with trigger words search only the stretches of text around them: every match
/// of its pattern holds no full stop and has one of its triggers at the start of a word. Checked on every text of the
/// labeled corpus, so a new alternative without a trigger (or a trigger list missing a word) fails here.
/// </summary>
public sealed class PatternRuleTests
{
    private static string CorpusFolder => Path.Combine(Repository.Root, "tests", "StoryBank.Core.Tests", "Coach", "Corpus");

    public static TheoryData<string> RulesWithTriggers() =>
        [.. RuleCatalog.All.OfType<PatternRule>().Where(r => r.Triggers is not null).Select(r => r.Descriptor.Id)];

    [Theory]
    [MemberData(nameof(RulesWithTriggers))]
    public void Every_match_has_a_trigger_at_the_start_of_a_word_and_no_full_stop(string id)
    {
        var rule = RuleCatalog.All.OfType<PatternRule>().Single(r => r.Descriptor.Id == id);
        var matches = 0;
        foreach (var text in CorpusTexts())
        {
            var prose = ProseMask.Mask(text);
            for (var match = rule.Pattern.Match(prose); match.Success; match = match.NextMatch())
            {
                matches++;
                Assert.DoesNotContain('.', match.Value);
                Assert.True(HasTriggerStartingAWord(prose, match.Index, match.Length, rule.Triggers!), $"{id}: no trigger word starts a word of \"{match.Value}\" in: {text}");
            }
        }

        Assert.True(matches >= 10, $"{id}: the corpus exercises the pattern only {matches} times");
    }

    [Fact]
    public void Only_the_stretch_holding_a_trigger_is_reported_and_triggers_inside_words_are_ignored()
    {
        var story = CoachHarness.StoryWith("Action", "I made the business case. Then the vendor dropped the ball. I fixed it.");
        var finding = Assert.Single(CoachHarness.Lint(story).Of("SB4001"));
        Assert.Equal("the vendor dropped the ball", finding.Excerpt);
    }

    private static bool HasTriggerStartingAWord(string prose, int start, int length, SearchValues<string> triggers)
    {
        for (var from = start; from < start + length && prose.AsSpan(from, start + length - from).IndexOfAny(triggers) is var found and >= 0; from += found + 1)
        {
            var at = from + found;
            if (at == 0 || !(char.IsLetterOrDigit(prose[at - 1]) || prose[at - 1] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> CorpusTexts()
    {
        foreach (var line in File.ReadLines(Path.Combine(CorpusFolder, "sentences.txt")))
        {
            if (line.Length > 0 && !line.StartsWith('#') && line.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0)
            {
                yield return line[(colon + 2)..];
            }
        }

        foreach (var story in Directory.EnumerateFiles(Path.Combine(CorpusFolder, "stories"), "*.md"))
        {
            yield return File.ReadAllText(story);
        }
    }
}
