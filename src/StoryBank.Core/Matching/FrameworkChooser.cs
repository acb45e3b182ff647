using System.Text.RegularExpressions;
using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;

namespace StoryBank.Core.Matching;

/// <summary>One part of the time plan of an answer: how many seconds of a 2–3 minute answer it deserves.</summary>
/// <param name="Part">The framework part, e.g. "Action".</param>
/// <param name="FromSeconds">Its time in a 2-minute answer.</param>
/// <param name="ToSeconds">Its time in a 3-minute answer.</param>
public sealed record TimePlanPart(string Part, int FromSeconds, int ToSeconds);

/// <summary>The framework a question's phrasing calls for, why, and how to spend a 2–3 minute answer on its parts.</summary>
/// <param name="Framework">The framework.</param>
/// <param name="Reason">Why, in plain words, quoting the phrase that decided it.</param>
/// <param name="TimePlan">Seconds per part for a 2–3 minute answer.</param>
public sealed record FrameworkChoice(FrameworkKind Framework, string Reason, IReadOnlyList<TimePlanPart> TimePlan);

/// <summary>
/// Chooses the framework for an interview question from its phrasing, as the seed guides' cheat sheets do: "how did you
/// debug/solve" → PAR; failures and lessons → CARL; "give me a quick example" → CAR; "how did you overcome" → SOAR;
/// "your biggest/most" → DIGS; conflict and obstacles → SOAR; anything else ("tell me about a time") → STAR.
/// </summary>
/// <remarks>
/// The cues are tried in that order, so "how did you debug the failing job" is PAR (the failure is the system's),
/// "your biggest mistake" is CARL and "a quick example of a conflict" is CAR. Debugging and solving verbs count wherever
/// they stand ("a time you had to diagnose…", "what did you learn from debugging…"), while "how you handled" a neutral
/// task stays STAR unless the thing handled is a conflict or an obstacle. Stateless.
/// </remarks>
public static partial class FrameworkChooser
{
    /// <summary>The length of the answer the time plan is for: 2 to 3 minutes.</summary>
    public const int ShortestAnswerSeconds = 120;

    /// <inheritdoc cref="ShortestAnswerSeconds"/>
    public const int LongestAnswerSeconds = 180;

    private static readonly (FrameworkKind Framework, Regex Cue, string Why)[] Rules =
    [
        (FrameworkKind.PAR, Debugging(), "asks how you found and fixed a problem, so the answer walks from the problem to the fix"),
        (FrameworkKind.CARL, Failure(), "asks about a failure or a lesson, so the answer ends with what you learned"),
        (FrameworkKind.CAR, Brief(), "asks for a short answer, so it keeps to the challenge, the action and the result"),
        (FrameworkKind.SOAR, Overcome(), "asks how you got past something, so the answer names the obstacle"),
        (FrameworkKind.DIGS, Superlative(), "asks for your biggest or most, so the answer dramatizes the stakes before the details"),
        (FrameworkKind.SOAR, Obstacle(), "is about conflict or an obstacle, so the answer names the obstacle"),
    ];

    /// <summary>The framework for <paramref name="question"/>.</summary>
    /// <param name="question">The question (or theme, or value) as asked.</param>
    /// <param name="kind">What the text is, for the reason given when no cue decides.</param>
    public static FrameworkChoice Choose(string question, QueryKind kind = QueryKind.Question)
    {
        ArgumentNullException.ThrowIfNull(question);
        foreach (var (framework, cue, why) in Rules)
        {
            if (cue.Match(question) is { Success: true } match)
            {
                return Choice(framework, $"\"{match.Value.Trim()}\" {why}: {framework}");
            }
        }

        return Choice(FrameworkKind.STAR, kind switch
        {
            QueryKind.Value => "a company value, not a question: prepare its story as STAR, the default",
            QueryKind.Theme => "a theme, not a question: prepare its story as STAR, the default",
            _ => "an open request for a story (\"tell me about a time\"): STAR, the default",
        });
    }

    private static FrameworkChoice Choice(FrameworkKind framework, string reason) =>
        new(framework, reason, [.. FrameworkCatalog.Get(framework)!.Parts.Select(p =>
            new TimePlanPart(p.Name, (int)Math.Round(p.TimeShare * ShortestAnswerSeconds), (int)Math.Round(p.TimeShare * LongestAnswerSeconds)))]);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:fail(?:ed|ure|ures|ing)?|mistakes?|made an error|(?:you|I) (?:were|was|(?:have|had|'ve) been) wrong|got (?:\w+ ){0,3}wrong|let (?:\w+ ){0,2}down|wrong (?:call|decision|choice|bet)|turned out (?:to be )?wrong|misjudg\w*|regret\w*|learn(?:ed|t)? from|lessons?(?: learned| learnt)?|(?:teach|taught) you|what (?:did )?you learn(?:ed|t)?|do (?:it )?differently|screw(?:ed)? up|messed up|dropped the ball|fell short|went (?:badly|wrong)|(?:didn't|did not) (?:pay off|work out|go (?:well|as planned|to plan|according to plan))|(?:you|yourself) caused|your fault|missed (?:a|the|an) (?:deadline|target|goal|commitment))\b", Options)]
    private static partial Regex Failure();

    [GeneratedRegex(@"\b(?:debug\w*|troubleshoot\w*|troubleshot|diagnos\w*|root[- ]caus\w*|pinpoint\w*|track(?:ed|ing)? down (?:the |a |an )?(?:\w+ )?(?:bug|cause|issue|problem|discrepanc(?:y|ie)|error|leak|fault|defect|regression)s?|(?:bug|defect|fault|leak|regression)s? you tracked down|solv(?:e|ed|es|ing)|how (?:did|do|would) you (?:go about |approach )?(?:find(?:ing)? the (?:root )?cause|fix\w*|investigat\w*|figur(?:e|ed|ing) out what (?:was|went) wrong)|walk me through (?:how you |your )?(?:fix|investigat)\w*|(?:figur|work)(?:e|ed|ing)? out (?:why|what was causing|the cause)|resolv(?:e|ed|ing) (?:a |an |the )?(?:\w+ )?(?:incident|outage|bug|defect|crash|error)s?)\b", Options)]
    private static partial Regex Debugging();

    [GeneratedRegex(@"\b(?:quick (?:example|one|story|answer|version|summary|overview)|quickly (?:tell|walk|describe|share|give|summari[sz]e|explain|run)|(?<=(?:^|[.:;!?])\s*)quickly|keep (?:it|this|your answer) (?:short|brief|quick|tight)|brief (?:example|answer|story|summary|overview|description)|briefly|short (?:example|answer|version|story)|in (?:a|one|two) (?:sentence|sentences|line|minute)|in (?:a )?(?:sentence or two|couple of sentences)|in (?:30|thirty|sixty|60) seconds|elevator pitch|in a nutshell|one-line)\b", Options)]
    private static partial Regex Brief();

    [GeneratedRegex(@"\bhow (?:did|do|would) you (?:overcome|get past|get around|work around|push through|get through|deal with|cope with|handle|navigate)\b", Options)]
    private static partial Regex Overcome();

    [GeneratedRegex(@"\b(?:biggest|greatest|proudest|hardest|toughest|largest|best|worst|deepest|fastest|highest|strongest|riskiest|boldest|longest|trickiest|scariest|craziest|steepest|(?:the|your|single) most (?!of\b)\w+|most proud|(?:most|highest)[- ](?:impact|stakes|visibility|risk))\b", Options)]
    private static partial Regex Superlative();

    [GeneratedRegex(@"\b(?:overc[oa]me|obstacles?|roadblocks?|blockers?|hurdles?|barriers?|setbacks?|conflict(?:s|ing)?|fac(?:e|ed|es|ing) (?:a |an |the |any |some )?(?:\w+ )?challenges?|challenges? (?:you|your team|we) (?:faced|encountered|hit|ran into)|(?:not|never|\w+n't) s(?:ee|aw) eye to eye|argu(?:ed|ing) with|arguments? (?:with|between|over|about|during|in (?!favou?r))|disagree(?:d|ment|ments)?|push(?:ed)?[- ]?back|resist(?:ed|ance)?|oppos(?:ed|ition)|tension|clash(?:ed)?|friction|difficult (?:person|people|colleague|coworker|co-worker|teammate|stakeholder|manager|customer|client|boss)|against (?:the odds|resistance)|blocked)\b", Options)]
    private static partial Regex Obstacle();
}
