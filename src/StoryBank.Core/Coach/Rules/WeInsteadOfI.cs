using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB2001: "we" as the actor of an Action sentence that never says what "I" did.</summary>
internal sealed class WeInsteadOfI : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB2001", "we-instead-of-i", RuleCategory.Voice, Severity.Warning,
        "\"We\" where the candidate's own action belongs",
        "\"{0}\" hides what you did (Action I:we = {1}:{2}); say which part was yours");

    public override void Analyze(StoryContext story)
    {
        var actions = story.SectionsOf(StoryParts.ActionKinds).ToArray();
        var (singular, plural) = (0, 0);
        foreach (var passage in actions)
        {
            foreach (var word in Words.Of(passage.Prose))
            {
                singular += Pronouns.IsSingular(word.Lower) ? 1 : 0;
                plural += Pronouns.IsPlural(word.Lower) ? 1 : 0;
            }
        }

        foreach (var passage in actions)
        {
            foreach (var sentence in passage.Sentences)
            {
                var words = Words.Of(passage.Prose, sentence.Start, sentence.Length);
                if (words.Any(w => Pronouns.IsSingular(w.Lower)))
                {
                    continue;
                }

                var we = words.FindIndex(w => w.Lower is "we" or "we've" or "we'd" or "we'll");
                if (we >= 0)
                {
                    var written = passage.Markdown.Substring(words[we].Start, words[we].Length);
                    var next = we + 1 < words.Count ? words[we + 1].Lower : "";
                    if (words[we].Lower == "we" && next is not ("were" or "are" or "have" or "weren't" or "aren't" or "haven't"))
                    {
                        story.ReportWithFix(this, passage, words[we].Start, words[we].Length, "I", written, singular, plural);
                    }
                    else
                    {
                        story.Report(this, passage, words[we].Start, words[we].Length, written, singular, plural);
                    }
                }
            }
        }
    }
}
