using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB1004: a standard follow-up probe has no prepared answer, or a prepared question has an empty answer.</summary>
internal sealed partial class FollowUpNotPrepared : CoachRule
{
    private static readonly (string Probe, Regex Question)[] Probes =
    [
        ("what would you do differently", Differently()),
        ("what was your specific contribution", Contribution()),
        ("what if it hadn't worked", HadntWorked()),
        ("how did you know it was right", HowDidYouKnow()),
        ("what was the hardest part", Hardest()),
        ("was there resistance", Resistance()),
        ("what was the timeline", Timeline()),
    ];

    public override RuleDescriptor Descriptor { get; } = new(
        "SB1004", "follow-up-not-prepared", RuleCategory.Structure, Severity.Note,
        "A standard follow-up probe has no prepared answer",
        "{0}",
        "Write one or two sentences for each standard probe; rehearse them, because interviewers ask them after almost every story.");

    public override void Analyze(StoryContext story)
    {
        var questions = story.Passages.Where(p => p.Kind == PassageKind.FollowUpQuestion).ToArray();
        var answers = story.Passages.Where(p => p.Kind == PassageKind.FollowUpAnswer).ToArray();
        var answered = new List<Passage>(questions.Length);
        for (var i = 0; i < questions.Length; i++)
        {
            if (answers[i].WordCount == 0 || Placeholders.IsPlaceholder(answers[i].Prose))
            {
                story.Report(this, questions[i], 0, questions[i].Markdown.Length, $"The follow-up \"{questions[i].Markdown.Trim()}\" has no prepared answer");
            }
            else
            {
                answered.Add(questions[i]);
            }
        }

        var missing = Probes
            .Where(probe => !answered.Exists(q => probe.Question.IsMatch(q.Prose)))
            .Select(probe => $"\"{probe.Probe}?\"")
            .ToArray();
        if (missing.Length > 0)
        {
            story.ReportStory(this, $"No prepared answer for {missing.Length} of the {Probes.Length} standard follow-ups: {string.Join(", ", missing)}");
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"differently|do (?:it )?again|change anything|in hindsight|looking back|redo|would you change", Options)]
    private static partial Regex Differently();

    [GeneratedRegex(@"your (?:specific |own |personal |individual )?(?:contribution|role|part)|you personally|what did you (?:specifically |personally |yourself )?do|what was yours", Options)]
    private static partial Regex Contribution();

    [GeneratedRegex(@"(?:hadn't|had not|didn't|did not|wouldn't|doesn't|does not|hasn't) (?:have )?work|if it (?:had )?failed|plan b|fallback|back-?up plan|roll ?back|what if|gone wrong", Options)]
    private static partial Regex HadntWorked();

    [GeneratedRegex(@"how (?:did|do|would) you know|how did you (?:measure|validate|verify|confirm|test|prove)|right (?:call|choice|decision|approach|solution)|how (?:was|did you measure) success|success metric", Options)]
    private static partial Regex HowDidYouKnow();

    [GeneratedRegex(@"hardest|most difficult|toughest|biggest challenge|most challenging", Options)]
    private static partial Regex Hardest();

    [GeneratedRegex(@"resist|push ?back|disagree|skeptic|sceptic|convinc|buy-?in|objection|opposition|get (?:the )?(?:team|people|stakeholders) on board", Options)]
    private static partial Regex Resistance();

    [GeneratedRegex(@"timeline|how long|time ?frame|deadline|schedule|how much time|how many (?:weeks|months|days)", Options)]
    private static partial Regex Timeline();
}
