using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Numbers;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>
/// SB6003: the same metric with different figures in the short and full versions of a story, or in two
/// stories about the same company or project: same metric name, one end of the change equal, the other not.
/// </summary>
internal sealed partial class MetricStatedDifferently : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB6003", "metric-stated-differently", RuleCategory.Numbers, Severity.Warning,
        "The same metric stated with different figures",
        "{0} \"{1}\" here but \"{2}\" {3}; an interviewer will ask which is right");

    public override void AnalyzeTogether(IReadOnlyList<StoryContext> stories)
    {
        var statements = stories.Select(Statements).ToArray();
        for (var i = 0; i < stories.Count; i++)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var statement in statements[i])
            {
                var earlier = statements[i].Where(o => o.Passage != statement.Passage && Before(o, statement))
                    .Select(o => (Other: o, Where: Where(o.Passage)))
                    .Concat(Enumerable.Range(0, i).Where(j => SameProject(stories[i], stories[j]))
                        .SelectMany(j => statements[j].Select(o => (Other: o, Where: $"in \"{stories[j].Story.Title}\""))));
                foreach (var (other, where) in earlier)
                {
                    if (other.Metric == statement.Metric && Conflict(statement.Change, other.Change) && reported.Add(statement.Metric))
                    {
                        stories[i].Report(this, statement.Passage, statement.Start, statement.Length,
                            Capitalised(statement.Metric), statement.Text, other.Text, where);
                        break;
                    }
                }
            }
        }
    }

    private static bool Before(Statement a, Statement b) => a.Order < b.Order;

    private static string Where(Passage passage) => passage.Kind switch
    {
        PassageKind.ShortVersion => "in the short version",
        PassageKind.Metric => "in the key metrics",
        PassageKind.FollowUpAnswer => "in a follow-up answer",
        _ => "in the full version",
    };

    private static bool SameProject(StoryContext a, StoryContext b)
    {
        var (x, y) = (a.Story, b.Story);
        if (x.Project is { } p && y.Project is { } q)
        {
            return string.Equals(p, q, StringComparison.OrdinalIgnoreCase);
        }

        return x.Company is { } c && y.Company is { } d && string.Equals(c, d, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One end equal and the other clearly different; the same pair reversed is the same statement.</summary>
    private static bool Conflict(Change a, Change b)
    {
        if (a.Before.Dimension != b.Before.Dimension)
        {
            return false;
        }

        var sameBefore = Same(a.Before, b.Before);
        var sameAfter = Same(a.After, b.After);
        var reversed = Same(a.Before, b.After) && Same(a.After, b.Before);
        return !reversed && sameBefore != sameAfter
            && (sameBefore ? Differs(a.After, b.After) : Differs(a.Before, b.Before));
    }

    private static bool Same(Quantity a, Quantity b) => Math.Abs(a.Low - b.Low) <= 0.01 * Math.Max(a.Low, b.Low) && Math.Abs(a.High - b.High) <= 0.01 * Math.Max(a.High, b.High);

    private static bool Differs(Quantity a, Quantity b) => a.High < b.Low * 0.95 || b.High < a.Low * 0.95;

    private static IReadOnlyList<Statement> Statements(StoryContext story)
    {
        var statements = new List<Statement>();
        var order = 0;
        foreach (var passage in story.Passages.Where(p => p.Kind != PassageKind.FollowUpQuestion))
        {
            foreach (var sentence in passage.Sentences)
            {
                foreach (var change in SentenceFigures.Read(sentence.Text).Changes)
                {
                    var clauseStart = Math.Max(0, sentence.Text.LastIndexOfAny([';', '.', '('], Math.Max(0, change.Start - 1)));
                    // The metric named nearest before the figures is the one they measure ("…calls…, and p95 latency went from…").
                    var names = MetricName().Matches(sentence.Text[clauseStart..change.Start]);
                    var name = names.Count > 0 ? names[^1] : MetricName().Match(change.Before.Noun + " " + change.After.Noun);
                    if (name.Success)
                    {
                        var metric = name.Value.ToLowerInvariant();
                        statements.Add(new Statement(passage, sentence.Start + change.Start, change.End - change.Start,
                            sentence.Text[change.Start..change.End], metric, change, order++));
                    }
                }
            }
        }

        return statements;
    }

    private static string Capitalised(string text) => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    private sealed record Statement(Passage Passage, int Start, int Length, string Text, string Metric, Change Change, int Order);

    [GeneratedRegex(@"\b(?:p\d{2}(?: latency)?|(?:api |query |page |dashboard |message |delivery |request )?(?:latency|response time|load time)|success rate|error rate|failure rate|uptime|availability|(?:aws |cloud |infrastructure |monthly |annual )?(?:costs?|spend|bill)|memory(?: usage)?|cpu(?: usage)?|(?:api )?calls|requests|concurrent users|daily active users|users|servers?|server instances|instances|nodes|throughput|velocity|incidents|pages|alerts|tickets|deploy(?:ment)? time|build time|processing time|query time|lead time|mttr|conversion(?: rate)?|churn|revenue|storage)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetricName();
}
