using System.Text.RegularExpressions;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Rules;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Tests.Coach;

/// <summary>
/// The promise that lets a pattern rule with trigger words search only the stretches of text around them: every match
/// of its pattern holds no full stop and holds one of its trigger words whole. Checked on every text of the labeled
/// corpus, so a new alternative without a trigger (or a trigger list missing a word) fails here.
/// </summary>
public sealed class PatternRuleTests
{
    private static string CorpusFolder => Path.Combine(Repository.Root, "tests", "StoryBank.Core.Tests", "Coach", "Corpus");

    public static TheoryData<string> RulesWithTriggers() =>
        [.. RuleCatalog.All.OfType<PatternRule>().Where(r => r.Triggers is not null).Select(r => r.Descriptor.Id)];

    [Theory]
    [MemberData(nameof(RulesWithTriggers))]
    public void Every_match_holds_a_trigger_word_and_no_full_stop(string id)
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
                Assert.True(WordsOf(match.Value).Any(w => rule.Triggers!.Contains(w, StringComparer.OrdinalIgnoreCase)), $"{id}: \"{match.Value}\" holds no trigger word, in: {text}");
            }
        }

        Assert.True(matches >= 10, $"{id}: the corpus exercises the pattern only {matches} times");
    }

    [Fact]
    public void Only_the_stretch_holding_a_trigger_is_reported_and_triggers_inside_words_are_ignored()
    {
        var story = CoachHarness.StoryWith("Action", "I made the business case and set a standard. Then the vendor dropped the ball. I fixed it.");
        var finding = Assert.Single(CoachHarness.Lint(story).Of("SB4001"));
        Assert.Equal("the vendor dropped the ball", finding.Excerpt);
    }

    private static IEnumerable<string> WordsOf(string text) => Regex.Split(text, @"\W+").Where(w => w.Length > 0);

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
