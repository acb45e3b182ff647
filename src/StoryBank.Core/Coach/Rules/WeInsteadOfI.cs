using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB2001: "we" as the actor of an Action sentence that never says what "I" did.</summary>
internal sealed partial class WeInsteadOfI : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB2001", "we-instead-of-i", RuleCategory.Voice, Severity.Warning,
        "\"We\" where the candidate's own action belongs",
        "\"{0}\" hides what you did (Action I:we = {1}:{2}); say which part was yours",
        "Say what you did yourself (\"I designed…, I convinced…\"); credit the team separately.");

    public override void Analyze(StoryContext story)
    {
        var actions = story.SectionsOf(StoryParts.ActionKinds).ToArray();
        var (singular, plural) = (0, 0);
        foreach (var passage in actions)
        {
            var (i, we) = passage.Pronouns;
            (singular, plural) = (singular + i, plural + we);
        }

        if (plural == 0)
        {
            return;
        }

        foreach (var passage in actions)
        {
            foreach (var sentence in passage.Sentences)
            {
                (int Start, int Length)? we = null;
                (int Start, int Length)? next = null;
                var mine = false;
                foreach (var word in Words.Spans(passage.Prose, sentence.Start, sentence.Length))
                {
                    var text = passage.Prose.AsSpan(word.Start, word.Length);
                    mine |= Pronouns.IsSingular(text);
                    if (we is null && IsWe(text))
                    {
                        we = word;
                    }
                    else if (we is not null && next is null)
                    {
                        next = word;
                    }
                }

                if (mine || we is not { } found || !ActsAsWe(passage.Prose, sentence.Start, found, next))
                {
                    continue;
                }

                var written = passage.Markdown.Substring(found.Start, found.Length);
                var following = next is { } n ? passage.Prose.Substring(n.Start, n.Length).ToLowerInvariant() : "";
                if (written.Equals("we", StringComparison.OrdinalIgnoreCase) && following is not ("were" or "are" or "have" or "weren't" or "aren't" or "haven't"))
                {
                    story.ReportWithFix(this, passage, found.Start, found.Length, "I", written, singular, plural);
                }
                else
                {
                    story.Report(this, passage, found.Start, found.Length, written, singular, plural);
                }
            }
        }
    }

    /// <summary>
    /// True when "we" is the one acting in the sentence's main clause. "…so we could reuse connections" (a purpose or
    /// other subordinate clause) and "we were creating a connection per request" (a state, not an action) are not actions
    /// the candidate is hiding behind "we".
    /// </summary>
    private static bool ActsAsWe(string prose, int sentenceStart, (int Start, int Length) we, (int Start, int Length)? next)
    {
        var before = prose.AsSpan(sentenceStart, we.Start - sentenceStart);
        if (Subordinate().IsMatch(before))
        {
            return false;
        }

        var following = next is { } n ? prose.AsSpan(n.Start, n.Length) : [];
        foreach (var state in StateVerbs)
        {
            if (following.Equals(state, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] StateVerbs =
        ["were", "was", "had", "have", "needed", "could", "couldn't", "can", "can't", "would", "wouldn't", "didn't", "weren't", "wasn't", "knew", "saw", "faced", "lacked", "used"];

    [GeneratedRegex(@"(?:(?:\b(?:so|that|because|which|where|if|unless|whether|although|though)\b|[—:;(])\W*(?:\w+\W+){0,2}|\b(?:since|when|while|until|as|once|after|before)\W+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subordinate();

    private static bool IsWe(ReadOnlySpan<char> word) =>
        word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("we've", StringComparison.OrdinalIgnoreCase)
        || word.Equals("we'd", StringComparison.OrdinalIgnoreCase) || word.Equals("we'll", StringComparison.OrdinalIgnoreCase);
}
