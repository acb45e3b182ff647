using System.Text.RegularExpressions;

namespace StoryBank.Core.Coach.Rules;

/// <summary>
/// SB2002: passive voice that hides who did the work: in an Action sentence with no "I" in it, or in a Result that
/// reports work done ("the migration was completed") rather than what happened to the world ("two engineers were promoted").
/// </summary>
internal sealed partial class PassiveHidesActor : CoachRule
{
    private static readonly HashSet<string> NotPassive = new(StringComparer.OrdinalIgnoreCase)
    {
        "tired", "excited", "interested", "concerned", "worried", "surprised", "pleased", "based", "located", "supposed",
        "used", "involved", "committed", "dedicated", "scared", "frustrated", "confused", "disappointed", "impressed",
        "married", "born", "called", "named", "bored", "motivated", "determined", "prepared", "qualified", "experienced",
        "overwhelmed", "stressed", "relieved", "thrilled", "amazed", "annoyed", "exhausted", "satisfied", "convinced",
        "skilled", "talented", "limited", "needed", "aligned", "related", "focused", "stuck", "gone", "done", "set",
        "allowed", "expected", "considered", "aimed", "tasked", "asked", "told", "assigned",
    };

    /// <summary>Verbs of work a candidate would have done; in a Result only these hide an actor worth naming.</summary>
    private static readonly HashSet<string> Work = new(StringComparer.OrdinalIgnoreCase)
    {
        "completed", "reduced", "cut", "cleared", "rolled out", "rolled", "adopted", "delivered", "shipped", "migrated", "fixed", "resolved",
        "improved", "launched", "deployed", "built", "automated", "eliminated", "decreased", "increased", "optimized", "optimised",
        "implemented", "rewritten", "redesigned", "replaced", "moved", "finished", "released", "rebuilt", "refactored", "removed",
        "introduced", "created", "established", "standardized", "standardised", "documented", "solved", "addressed", "closed",
        "lowered", "raised", "halved", "doubled", "streamlined", "simplified", "consolidated", "upgraded", "restored", "recovered",
    };

    public override RuleDescriptor Descriptor { get; } = new(
        "SB2002", "passive-hides-actor", RuleCategory.Voice, Severity.Warning,
        "Passive voice that hides who acted",
        "\"{0}\" does not say who did it; if it was you, say \"I …\"",
        "Name the actor: \"I rewrote the service\", or who did it and what your part was.");

    public override void Analyze(StoryContext story)
    {
        foreach (var passage in story.SectionsOf([.. StoryParts.ActionKinds, .. StoryParts.ResultKinds]))
        {
            var isResult = StoryParts.ResultKinds.Contains(passage.Section);
            foreach (var sentence in passage.Sentences)
            {
                if (FirstPerson().IsMatch(sentence.Text))
                {
                    continue; // the candidate is already the actor of this sentence
                }

                for (var match = Passive().Match(sentence.Text); match.Success; match = match.NextMatch())
                {
                    var participle = match.Groups["participle"].Value;
                    var before = sentence.Text[..match.Index].TrimEnd();
                    if (NotPassive.Contains(participle)
                        || (isResult && !Work.Contains(participle))
                        || Subject().IsMatch(before)
                        || Agent().IsMatch(sentence.Text.AsSpan(match.Index + match.Length)))
                    {
                        continue;
                    }

                    story.Report(this, passage, sentence.Start + match.Index, match.Length, match.Value);
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:was|were|been|got|gets|get)\s+(?:being\s+)?(?:\w+ly\s+)?(?<participle>\w{3,}ed|built|done|made|written|taken|given|chosen|shown|sent|found|known|kept|led|left|lost|paid|rebuilt|rewritten|redone|split|spent|thrown|won|brought|bought|caught|taught|broken|frozen|hidden|driven|grown|seen|begun|forgotten|overwritten|shipped|cut|put|run|rolled out|shut down|set up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:I|I've|I'd|I'm|my team and I)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    // "I was asked": the candidate is the subject. "connections that were closed", "no one was left": a state, not hidden work.
    [GeneratedRegex(@"\b(?:I|I've|I'd|I had|I have|that|which|who|one|nobody|nothing|everyone|everything|anyone|anything)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"^\s*(?:\w+\s+){0,4}?by\s+(?![\d$€£~]|about|around|roughly|nearly|almost|over|more|up|half|a factor|an order|orders|far|default|design|hand|then|now|the time|end of|mid|early|late|next)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agent();
}
