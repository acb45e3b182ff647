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
        return new CoachSession(document.Source.File, options, source).Finish(document);
    }

    internal static StoryStats Measure(StoryContext story)
    {
        var full = story.FullWords;
        var shortWords = story.ShortVersion?.WordCount ?? 0;
        var action = story.SectionsOf(StoryParts.ActionKinds).Sum(p => p.WordCount);
        var setup = story.SectionsOf(StoryParts.SetupKinds).Sum(p => p.WordCount);
        var (i, we) = (0, 0);
        foreach (var passage in story.SectionsOf(StoryParts.ActionKinds))
        {
            var (singular, plural) = passage.Pronouns;
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
