using StoryBank.Core.Coach.Text;
using StoryBank.Core.Model;

namespace StoryBank.Core.Coach;

/// <summary>
/// Runs the coach's rules over the stories of a document and turns what they report into findings:
/// configured severities, suppression comments, readiness scores and the story figures.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class StoryCoach
{
    /// <summary>Lints every story of <paramref name="document"/>.</summary>
    /// <param name="document">The imported document.</param>
    /// <param name="options">Rates, thresholds and severities.</param>
    /// <param name="source">The file's text, to point at exact lines and columns and honour suppression comments; <see langword="null"/> when the file is not at hand.</param>
    /// <exception cref="CoachConfigurationException">A suppression comment names a rule that does not exist.</exception>
    public static DocumentReport Lint(Document document, CoachOptions options, SourceLines? source = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var suppressions = source is null ? Suppressions.None : Suppressions.Read(source, document.Source.File, RuleCatalog.Find);
        var active = RuleCatalog.All.Where(r => options.SeverityOf(r.Descriptor) != Severity.None).ToArray();
        var findings = document.Stories.Select(_ => new List<Finding>()).ToArray();
        var contexts = new StoryContext[document.Stories.Count];
        for (var i = 0; i < contexts.Length; i++)
        {
            var story = document.Stories[i];
            var sink = findings[i];
            contexts[i] = new StoryContext(story, options, source, (rule, span, message, excerpt, fixes) =>
            {
                if (!suppressions.Silences(rule.Id, span.Line))
                {
                    sink.Add(new Finding(rule, options.SeverityOf(rule), message, story.Id, story.Title, span, excerpt, fixes));
                }
            });
        }

        // Stories are independent (each has its own passages, caches and findings), so they are checked in parallel;
        // the rules that compare stories run after, on one thread.
        Parallel.ForEach(contexts, context =>
        {
            foreach (var rule in active)
            {
                rule.Analyze(context);
            }
        });
        foreach (var rule in active)
        {
            rule.AnalyzeTogether(contexts);
        }

        var reports = new StoryReport[contexts.Length];
        for (var i = 0; i < contexts.Length; i++)
        {
            var ordered = findings[i]
                .OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
                .ToArray();
            reports[i] = new StoryReport(contexts[i].Story, ordered, ReadinessScore.Of(ordered), Measure(contexts[i]));
        }

        return new DocumentReport(document.Source.File, reports);
    }

    private static StoryStats Measure(StoryContext story)
    {
        var full = story.FullWords;
        var shortWords = story.ShortVersion?.WordCount ?? 0;
        var action = story.SectionsOf(StoryParts.ActionKinds).Sum(p => p.WordCount);
        var setup = story.SectionsOf(StoryParts.SetupKinds).Sum(p => p.WordCount);
        var (i, we) = (0, 0);
        foreach (var passage in story.SectionsOf(StoryParts.ActionKinds))
        {
            var (singular, plural) = Pronouns.Count(passage.Prose);
            (i, we) = (i + singular, we + plural);
        }

        return new StoryStats(
            full,
            Math.Round(story.Options.SecondsFor(full), 1),
            shortWords,
            Math.Round(story.Options.SecondsFor(shortWords), 1),
            full == 0 ? 0 : Math.Round((double)action / full, 3),
            full == 0 ? 0 : Math.Round((double)setup / full, 3),
            i,
            we);
    }
}
