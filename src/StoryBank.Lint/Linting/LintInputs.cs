using StoryBank.Lint.Files;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Reports;
using StoryBank.Core.Coach.Text;
using StoryBank.Core.Import;
using StoryBank.Core.Import.Text;
using StoryBank.Core.Model;

namespace StoryBank.Lint.Linting;

/// <summary>A document to lint, with its source text when the file is at hand.</summary>
internal sealed record LintInput(Document Document, SourceLines? Source);

/// <summary>Reads what the linter works on: Markdown files and <c>storybank.json</c>.</summary>
internal static class LintInputs
{
    /// <summary>
    /// Reads, imports and lints one file, each story checked as soon as the importer has read it. A file met in a folder
    /// walk that is binary or not text is skipped (all results null); a file with no stories is reported as such; any
    /// other problem is one message naming the file.
    /// </summary>
    public static async Task<(DocumentReport? Report, SourceLines? Source, string? Error)> LintFileAsync(ImportSource source, CoachOptions options, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(source.Path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, $"{source.Path}: cannot read the file: {e.Message}");
        }

        var shown = DisplayPath(source.Path);
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } failure)
        {
            return failure.Kind == DecodeFailureKind.Empty ? (NoStories(shown), null, null)
                : source.FoundInFolder ? (null, null, null)
                : (null, null, failure.Line > 0 ? $"{shown}:{failure.Line}: {failure.Message}" : $"{shown}: {failure.Message}");
        }

        var text = decoded.Text!.Text;
        var lines = new SourceLines(text);
        CoachSession session;
        try
        {
            session = new CoachSession(shown, options, lines);
        }
        catch (CoachConfigurationException e)
        {
            return (null, null, e.Message);
        }

        var outcome = BankImporter.ImportText(text, shown, session.Add);
        if (outcome.Error is { } error)
        {
            return error.Kind is ImportErrorKind.Empty or ImportErrorKind.NoStories
                ? (NoStories(shown), null, null)
                : (null, null, error.Line > 0 ? $"{shown}:{error.Line}: {error.Message}" : $"{shown}: {error.Message}");
        }

        return (session.Finish(outcome.File!.Document), lines, null);
    }

    private static DocumentReport NoStories(string file) => new(file, []);

    /// <summary>The coach options: <paramref name="configPath"/> when given, else <c>storybank.json</c> in the current folder, else the defaults.</summary>
    /// <exception cref="CoachConfigurationException">The configuration is missing (when named), unreadable or invalid.</exception>
    public static async Task<CoachOptions> ReadOptionsAsync(string? configPath, CancellationToken cancellationToken)
    {
        var path = configPath ?? (File.Exists(CoachConfig.FileName) ? CoachConfig.FileName : null);
        if (path is null)
        {
            return CoachOptions.Default;
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            await using (stream.ConfigureAwait(false))
            {
                return await CoachConfig.ReadAsync(stream, path, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CoachConfigurationException(path, 0, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot read the file: {e.Message}");
        }
    }

    /// <summary>Paths under the current folder are shown relative to it, as the user typed them and as editors resolve them.</summary>
    private static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
