using System.Runtime.CompilerServices;
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
        "{0} \"{1}\" here but \"{2}\" {3}; an interviewer will ask which is right",
        "Use the same figure everywhere the metric appears, or say why they differ (different periods, different scopes).");

    /// <summary>Each story's statements, read while the stories are checked in parallel and compared after.</summary>
    private readonly ConditionalWeakTable<StoryContext, List<Statement>> _statements = [];

    public override void Analyze(StoryContext story) => _statements.AddOrUpdate(story, Statements(story));

    public override void AnalyzeTogether(IReadOnlyList<StoryContext> stories)
    {
        // Statements of earlier stories, by project (or company) and then by metric, so each statement meets only its peers.
        var byProject = new Dictionary<string, Dictionary<string, List<(Statement Statement, string Title)>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var story in stories)
        {
            var statements = _statements.TryGetValue(story, out var read) ? read : Statements(story);
            _statements.Remove(story);
            var project = story.Story.Project ?? story.Story.Company;
            var earlierStories = project is null ? null : byProject.TryGetValue(project, out var known) ? known : byProject[project] = [];
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var statement in statements.Where(s => s.Metric.Length > 0))
            {
                var sameStory = statements.Where(o => o.Order < statement.Order && o.Passage != statement.Passage && o.Metric == statement.Metric)
                    .Select(o => (Other: o, Where: Where(o.Passage)));
                var otherStories = earlierStories is not null && earlierStories.TryGetValue(statement.Metric, out var peers)
                    ? peers.Select(p => (Other: p.Statement, Where: $"in \"{p.Title}\""))
                    : [];
                foreach (var (other, where) in sameStory.Concat(otherStories))
                {
                    if (Conflict(statement, other) && reported.Add(statement.Metric))
                    {
                        story.Report(this, statement.Passage, statement.Start, statement.Length,
                            Capitalised(statement.Metric), statement.Text, other.Text, where);
                        break;
                    }
                }
            }

            if (earlierStories is not null)
            {
                foreach (var statement in statements.Where(s => s.Metric.Length > 0))
                {
                    (earlierStories.TryGetValue(statement.Metric, out var list) ? list : earlierStories[statement.Metric] = []).Add((statement, story.Story.Title));
                }
            }
        }
    }

    private static string Where(Passage passage) => passage.Kind switch
    {
        PassageKind.ShortVersion => "in the short version",
        PassageKind.Metric => "in the key metrics",
        PassageKind.FollowUpAnswer => "in a follow-up answer",
        _ => "in the full version",
    };

    /// <summary>
    /// Two changes of one metric with one end equal and the other clearly different, or two claims (%, x) about one
    /// metric that clearly differ.
    /// </summary>
    private static bool Conflict(Statement a, Statement b)
    {
        if (a.Claim is { } claim && b.Claim is { } otherClaim)
        {
            return claim.Dimension == otherClaim.Dimension && Differs(claim, otherClaim);
        }

        return a.Change is { } change && b.Change is { } otherChange && Conflict(change, otherChange);
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

    /// <summary>Equal within 1 % (percentages: within 0.01 points, since 99.2% and 99.8% are far apart).</summary>
    private static bool Same(Quantity a, Quantity b) => a.Dimension == Dimension.Percent
        ? Math.Abs(a.Low - b.Low) <= 0.01 && Math.Abs(a.High - b.High) <= 0.01
        : Math.Abs(a.Low - b.Low) <= 0.01 * Math.Max(a.Low, b.Low) && Math.Abs(a.High - b.High) <= 0.01 * Math.Max(a.High, b.High);

    /// <summary>Clearly different: ranges 5 % apart (percentages: 0.1 points apart).</summary>
    private static bool Differs(Quantity a, Quantity b) => a.Dimension == Dimension.Percent
        ? a.High < b.Low - 0.1 || b.High < a.Low - 0.1
        : a.High < b.Low * 0.95 || b.High < a.Low * 0.95;

    private static List<Statement> Statements(StoryContext story)
    {
        var statements = new List<Statement>();
        var order = 0;
        foreach (var passage in story.Passages.Where(p => p.Kind != PassageKind.FollowUpQuestion))
        {
            for (var index = 0; index < passage.Sentences.Length; index++)
            {
                var sentence = passage.Sentences[index];
                var figures = passage.FiguresOf(index);
                foreach (var change in figures.Changes)
                {
                    statements.Add(new Statement(passage, sentence.Start + change.Start, change.End - change.Start,
                        sentence.Text, change.Start, MetricBefore(sentence.Text, change.Start, change.Before.Noun, change.After.Noun), change, null, order++));
                }

                foreach (var claim in figures.Claims)
                {
                    var figure = claim.Figure;
                    statements.Add(new Statement(passage, sentence.Start + figure.Start, figure.Length,
                        sentence.Text, figure.Start, MetricOfClaim(sentence.Text, figure), null, figure, order++));
                }
            }
        }

        return statements;
    }

    /// <summary>
    /// What the figures at <paramref name="at"/> measure: a known metric among the last words before them ("p95 latency
    /// went from…"), else those last two words themselves ("Dashboard load: 30s → 1.2s"); empty when nothing names it.
    /// </summary>
    private static string MetricBefore(string sentence, int at, string nounBefore = "", string nounAfter = "")
    {
        var clauseStart = Math.Max(0, sentence.LastIndexOfAny([';', '.', '(', ','], Math.Max(0, at - 1)));
        var words = ContentWords(sentence.AsSpan(clauseStart, at - clauseStart));
        if (words.Count == 0)
        {
            words = ContentWords(nounBefore);
            words.AddRange(ContentWords(nounAfter));
        }

        return Name(words.Count > 3 ? words[^3..] : words, fromEnd: true);
    }

    /// <summary>
    /// What a claim is about: the words right after it ("5x more users"), up to the first preposition ("25% within two
    /// months" says nothing after the figure), else the words before it ("cut the cloud bill by 40%").
    /// </summary>
    private static string MetricOfClaim(string sentence, Quantity claim)
    {
        var after = new List<string>();
        Span<char> lower = stackalloc char[64];
        foreach (var word in NameWord().EnumerateMatches(sentence.AsSpan(claim.End)))
        {
            var written = sentence.AsSpan(claim.End + word.Index, word.Length);
            var lowered = written.Length <= lower.Length ? lower[..written.Length] : new char[written.Length];
            written.ToLowerInvariant(lowered);
            if (ClauseWordsBySpan.Contains(lowered) || after.Count == 3)
            {
                break;
            }

            if (!NotNamesBySpan.Contains(lowered))
            {
                after.Add(new string(lowered));
            }
        }

        return after.Count > 0 ? Name(after, fromEnd: false) : MetricBefore(sentence, claim.Start);
    }

    /// <summary>Words after a claimed figure that start something else than the name of what it measures.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "in", "within", "over", "during", "across", "for", "after", "since", "compared", "than", "on", "at", "by", "from", "to",
        "with", "and", "while", "which", "that", "but", "so", "as", "per", "of",
    };

    private static string Name(List<string> words, bool fromEnd)
    {
        if (words.Count == 0)
        {
            return "";
        }

        var known = MetricName().Matches(string.Join(' ', words));
        if (known.Count > 0)
        {
            return (fromEnd ? known[^1] : known[0]).Value.ToLowerInvariant();
        }

        return string.Join(' ', fromEnd ? words.Skip(Math.Max(0, words.Count - 2)) : words.Take(2));
    }

    /// <summary>The lower-case words of <paramref name="text"/> that can name a metric (no verbs of change, no function words, no figures).</summary>
    private static List<string> ContentWords(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        Span<char> lower = stackalloc char[64];
        foreach (var word in NameWord().EnumerateMatches(text))
        {
            var written = text.Slice(word.Index, word.Length);
            var lowered = written.Length <= lower.Length ? lower[..written.Length] : new char[written.Length];
            written.ToLowerInvariant(lowered);
            if (!NotNamesBySpan.Contains(lowered))
            {
                words.Add(new string(lowered));
            }
        }

        return words;
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "from", "to", "the", "a", "an", "and", "or", "of", "in", "on", "at", "by", "for", "with", "our", "my", "its", "their", "we", "i",
        "was", "were", "is", "are", "had", "has", "have", "went", "go", "goes", "fell", "fall", "rose", "rise", "grew", "grow", "dropped",
        "drop", "improved", "improve", "reduced", "reduce", "cut", "decreased", "increased", "down", "up", "just", "only", "about",
        "around", "over", "under", "now", "then", "it", "that", "this", "which", "while", "more", "less", "fewer", "lower", "higher",
        "faster", "slower", "better", "improvement", "reduction", "savings", "saving", "increase", "gain", "boost", "speedup", "got",
        "brought", "took", "takes", "take", "needing", "from", "after", "before", "than", "x", "so", "also", "all", "every",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesBySpan = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWordsBySpan = ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Capitalised(string text) => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    /// <summary>A change or claim of one metric; <see cref="Text"/> (the figures as written) is only cut out when reported.</summary>
    private sealed record Statement(Passage Passage, int Start, int Length, string Sentence, int TextStart, string Metric, Change? Change, Quantity? Claim, int Order)
    {
        public string Text => Sentence.Substring(TextStart, Length);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{N}'-]*")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\b(?:p\d{2}(?: latency)?|(?:api |query |page |dashboard |message |delivery |request )?(?:latency|response time|load time)|success rate|error rate|failure rate|uptime|availability|(?:aws |cloud |infrastructure |monthly |annual )?(?:costs?|spend|bill)|memory(?: usage)?|cpu(?: usage)?|(?:api )?calls|requests|concurrent users|daily active users|users|servers?|server instances|instances|nodes|throughput|velocity|incidents|pages|alerts|tickets|deploy(?:ment)? time|build time|processing time|query time|lead time|mttr|conversion(?: rate)?|churn|revenue|storage|ci time|crash-free (?:sessions|users|rate)|crash rate|time to (?:first \\w+|market|merge|deploy|restore|recover)|onboarding time|team size|headcount|(?:cloud )?bill|saving|savings)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetricName();
}
