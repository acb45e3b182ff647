using System.CommandLine;
using Spectre.Console;
using StoryBank.Core.Matching.Ranking;
using StoryBank.Core.Model;
using StoryBank.Semantic;

namespace StoryBank.Cli.Matching;

/// <summary>
/// The sentence-embedding model for <c>match</c>, <c>eval</c>, <c>similar</c>, <c>plan --rounds</c> and the demo: opened with its vector cache
/// (<c>$XDG_CACHE_HOME/storybank/</c>, else <c>~/.cache/storybank/</c>), warmed on the bank's texts with a progress
/// bar when there are many to encode, and left out with <c>--words-only</c>.
/// </summary>
internal static class MeaningSupport
{
    // Fewer texts than this encode in about a second: no progress bar for them.
    private const int ManyTexts = 200;

    /// <summary>The <c>--words-only</c> option.</summary>
    public static Option<bool> WordsOnlyOption() => new("--words-only")
    {
        Description = "Rank by words and competencies only, without the sentence-embedding model (all-MiniLM-L6-v2) that also weighs meaning",
    };

    /// <summary>The cache file of the model's vectors.</summary>
    public static string CacheFile(Func<string, string?> environment)
    {
        var cacheHome = environment("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.GetFullPath(Path.Combine(cacheHome, "storybank", "vectors-all-MiniLM-L6-v2.bin"));
    }

    /// <summary>
    /// The model with every text of <paramref name="stories"/> encoded (from the cache, or now, with a progress bar
    /// on standard error when there are many), the cache saved; null when <paramref name="wordsOnly"/>.
    /// </summary>
    public static MeaningModel? Open(CliHost host, bool wordsOnly, IReadOnlyList<Story> stories, IEnumerable<Mapping> mappings)
    {
        if (wordsOnly)
        {
            return null;
        }

        MeaningModel model;
        try
        {
            model = MeaningModel.Open(CacheFile(host.Environment));
        }
        catch (Exception error) when (error is DllNotFoundException or TypeInitializationException or BadImageFormatException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            // Offline-first: a machine where the model cannot run still gets an answer, by words and competencies.
            host.Error.Write(new Text($"storybank: matching by words only: the model of meaning could not be loaded ({error.Message})\n"));
            return null;
        }

        var texts = StoryFields.Of(stories, mappings).SelectMany(f => f.Texts()).Select(t => t.Text)
            .Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        var missing = model.Encoder.Missing(texts);
        if (missing >= ManyTexts && host.Error.Profile.Capabilities.Interactive)
        {
            host.Error.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape($"Reading {missing:N0} passages for meaning (once; cached)"), maxValue: missing);
                    void Advance(int done) => task.Increment(done);
                    model.BatchEncoded += Advance;
                    model.Encoder.Encode(texts);
                    model.BatchEncoded -= Advance;
                });
        }
        else
        {
            model.Encoder.Encode(texts);
        }

        try
        {
            model.Save();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            host.Error.Write(new Text($"storybank: the vectors could not be cached ({error.Message}); the next run will encode them again\n"));
        }

        return model;
    }
}
