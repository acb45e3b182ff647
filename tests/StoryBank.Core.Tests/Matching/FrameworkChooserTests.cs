using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Model;
using Xunit.Abstractions;

namespace StoryBank.Core.Tests.Matching;

/// <summary>
/// The framework chosen from a question's phrasing agrees with a hand-labeled set of phrasings (framework-phrasings.txt,
/// target ≥ 95 %) and with a held-out set written before the cues were read (framework-phrasings-heldout.txt, ≥ 95 %) and a second one written and committed before the chooser was run on it (framework-phrasings-heldout-2.txt, ≥ 95 %), follows the six cheat-sheet patterns, and gives a time plan for a 2–3 minute answer.
/// </summary>
public sealed class FrameworkChooserTests(ITestOutputHelper output)
{
    private const double AgreementTarget = 0.95;

    [Fact]
    public void Choices_agree_with_the_labeled_phrasings()
    {
        var labeled = ReadLabeled("framework-phrasings.txt");
        var agreement = Agreement(labeled, "framework-phrasings.txt");

        Assert.True(labeled.Count >= 100, $"only {labeled.Count} labeled phrasings");
        Assert.All(Enum.GetValues<FrameworkKind>().Where(k => k != FrameworkKind.Other), kind => Assert.Contains(labeled, l => l.Expected == kind));
        Assert.True(agreement >= AgreementTarget, $"agreement {agreement:P1} < {AgreementTarget:P0}");
    }

    [Fact]
    public void Choices_agree_with_the_held_out_phrasings()
    {
        // Written and labeled from the cheat sheet and its precedence before the chooser's cues were read; not tuned on.
        var labeled = ReadLabeled("framework-phrasings-heldout.txt");
        var agreement = Agreement(labeled, "framework-phrasings-heldout.txt");

        Assert.True(labeled.Count >= 120, $"only {labeled.Count} held-out phrasings");
        Assert.All(
            Enum.GetValues<FrameworkKind>().Where(k => k != FrameworkKind.Other),
            kind => Assert.True(labeled.Count(l => l.Expected == kind) >= 15, $"fewer than 15 held-out phrasings for {kind}"));
        Assert.True(agreement >= AgreementTarget, $"held-out agreement {agreement:P1} < {AgreementTarget:P0}");
    }

    [Fact]
    public void Choices_agree_with_the_second_held_out_phrasings()
    {
        // Written and labeled from the documented definitions and precedence without reading the chooser or the other two
        // phrasing sets, and committed before the chooser was run on it; the only measure of the chooser not tuned on.
        var labeled = ReadLabeled("framework-phrasings-heldout-2.txt");
        var agreement = Agreement(labeled, "framework-phrasings-heldout-2.txt");

        Assert.True(labeled.Count >= 120, $"only {labeled.Count} second held-out phrasings");
        Assert.All(
            Enum.GetValues<FrameworkKind>().Where(k => k != FrameworkKind.Other),
            kind => Assert.True(labeled.Count(l => l.Expected == kind) >= 15, $"fewer than 15 second held-out phrasings for {kind}"));
        Assert.True(agreement >= AgreementTarget, $"second held-out agreement {agreement:P1} < {AgreementTarget:P0}");
    }

    [Fact]
    public void Choices_mostly_agree_with_the_frameworks_of_the_question_bank()
    {
        // The bank was labeled separately from the chooser's cues; a lower bar than the hand-labeled set.
        var agreement = Agreement([.. InterviewCatalog.Default.Questions.Select(q => (q.Framework, q.Text))], "question bank");
        Assert.True(agreement >= 0.85, $"agreement with the question bank {agreement:P1} < 85 %");
    }

    [Theory]
    [InlineData("Tell me about a time you led a migration.", FrameworkKind.STAR)]
    [InlineData("Give me a quick example of ownership.", FrameworkKind.CAR)]
    [InlineData("What did you learn from your last project?", FrameworkKind.CARL)]
    [InlineData("Tell me about a time you failed.", FrameworkKind.CARL)]
    [InlineData("How did you overcome a lack of documentation?", FrameworkKind.SOAR)]
    [InlineData("Tell me about a conflict with a peer.", FrameworkKind.SOAR)]
    [InlineData("How did you debug the outage?", FrameworkKind.PAR)]
    [InlineData("How did you solve the latency problem?", FrameworkKind.PAR)]
    [InlineData("Tell me about your biggest win.", FrameworkKind.DIGS)]
    [InlineData("What is the most difficult project you have worked on?", FrameworkKind.DIGS)]
    public void The_cheat_sheet_patterns_choose_their_framework(string question, FrameworkKind expected)
    {
        var choice = FrameworkChooser.Choose(question);
        Assert.Equal(expected, choice.Framework);
        Assert.Contains(expected.ToString(), choice.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Describe a time you had to learn a new technology quickly.")]
    [InlineData("Tell me about a time you made a persuasive argument for a new tool.")]
    [InlineData("Tell me about a time you and your manager saw eye to eye on a risky plan.")]
    [InlineData("Describe how you tracked down a hard-to-reach customer.")]
    [InlineData("Tell me about a time you let a junior engineer lead a project.")]
    [InlineData("Describe how you handled a period of heavy on-call load.")]
    [InlineData("Tell me about a time your manager was wrong and you had to tell them.")]
    [InlineData("Describe a time when the data you were given was wrong.")]
    public void Words_that_only_resemble_a_cue_leave_the_default(string question) =>
        Assert.Equal(FrameworkKind.STAR, FrameworkChooser.Choose(question).Framework);

    [Fact]
    public void The_reason_quotes_the_deciding_phrase_and_the_time_plan_fills_two_to_three_minutes()
    {
        var choice = FrameworkChooser.Choose("Give me a quick example of a time you simplified a process.");
        Assert.StartsWith("\"quick example\"", choice.Reason, StringComparison.Ordinal);
        Assert.Equal(["Challenge or Context", "Action", "Result"], choice.TimePlan.Select(p => p.Part));
        Assert.InRange(choice.TimePlan.Sum(p => p.FromSeconds), FrameworkChooser.ShortestAnswerSeconds - 2, FrameworkChooser.ShortestAnswerSeconds + 2);
        Assert.InRange(choice.TimePlan.Sum(p => p.ToSeconds), FrameworkChooser.LongestAnswerSeconds - 2, FrameworkChooser.LongestAnswerSeconds + 2);
        Assert.Equal(60, choice.TimePlan.Single(p => p.Part == "Action").FromSeconds);
    }

    private static List<(FrameworkKind Expected, string Question)> ReadLabeled(string fileName) =>
        [.. File.ReadLines(Path.Combine(Repository.Root, "tests", "StoryBank.Core.Tests", "Matching", fileName))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(parts => (Expected: Enum.Parse<FrameworkKind>(parts[0]), Question: parts[1]))];

    private double Agreement(IReadOnlyList<(FrameworkKind Expected, string Question)> labeled, string name)
    {
        var misses = labeled.Where(l => FrameworkChooser.Choose(l.Question).Framework != l.Expected).ToList();
        var agreement = 1 - ((double)misses.Count / labeled.Count);
        output.WriteLine($"{name}: {labeled.Count - misses.Count} of {labeled.Count} agree ({agreement:P1})");
        foreach (var (expected, question) in misses)
        {
            output.WriteLine($"  expected {expected}, chose {FrameworkChooser.Choose(question).Framework}: {question}");
        }

        return agreement;
    }
}
