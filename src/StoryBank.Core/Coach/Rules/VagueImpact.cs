using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Numbers;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB3003: intensifiers with no number in the sentence ("significantly faster").</summary>
internal sealed partial class VagueImpact : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB3003", "vague-impact", RuleCategory.Impact, Severity.Warning,
        "An intensifier instead of a number",
        "\"{0}\" with no number; replace it with the figure (\"from 9 s to 2 s\")",
        "Replace the adverb with the measurement (\"from 9 s to 2 s\").");

    public override void Analyze(StoryContext story)
    {
        foreach (var passage in story.AndShortVersion(story.SectionsOf(StoryParts.ResultKinds)))
        {
            foreach (var sentence in passage.Sentences)
            {
                if (Vague().Match(sentence.Text) is { Success: true } match && !QuantityParser.HasFigure(sentence.Text))
                {
                    story.Report(this, passage, sentence.Start + match.Index, match.Length, match.Value);
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:significantly|dramatically|drastically|greatly|massively|hugely|substantially|considerably|tremendously|vastly|immensely|enormously|exponentially|a lot|way (?:better|faster|more|less|lower|higher|cheaper)|much (?:better|faster|more reliable|more stable|quicker|cheaper|lower|higher|smoother|easier)|(?:huge|massive|tremendous|enormous|significant|dramatic|substantial|considerable|big|major|great|large) (?:improvements?|impact|gains?|wins?|boost|reductions?|increases?|savings?|difference|speed-?ups?|drop))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();
}
