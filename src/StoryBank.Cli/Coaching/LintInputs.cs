using StoryBank.Cli.Importing;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Text;
using StoryBank.Core.Import;
using StoryBank.Core.Import.Text;
using StoryBank.Core.Model;

namespace StoryBank.Cli.Coaching;

/// <summary>A document to lint, with its source text when the file is at hand.</summary>
internal sealed record LintInput(Document Document, SourceLines? Source);

/// <summary>Reads what <c>storybank lint</c> and <c>storybank coach</c> work on: Markdown files, the bank, <c>storybank.json</c>.</summary>
internal static class LintInputs
{
    /// <summary>Reads and imports every file under <paramref name="paths"/>; the first problem is returned as one message naming the file.</summary>
    public static async Task<(IReadOnlyList<LintInput> Inputs, string? Error)> ReadFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var (sources, missing) = SourceFiles.Expand(paths);
        if (missing.Count > 0)
        {
            return ([], missing[0]);
        }

        var inputs = new List<LintInput>();
        foreach (var source in sources)
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(source.Path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ([], $"{source.Path}: cannot read the file: {e.Message}");
            }

            var shown = DisplayPath(source.Path);
            var decoded = TextDecoder.Decode(bytes);
            if (decoded.Error is { } failure)
            {
                if (source.FoundInFolder)
                {
                    continue; // a binary or empty file met while walking a folder is not a bank
                }

                return ([], failure.Line > 0 ? $"{shown}:{failure.Line}: {failure.Message}" : $"{shown}: {failure.Message}");
            }

            var text = decoded.Text!.Text;
            var outcome = BankImporter.ImportText(text, shown);
            if (outcome.Error is { } error)
            {
                if (error.Kind is ImportErrorKind.Empty or ImportErrorKind.NoStories)
                {
                    inputs.Add(new LintInput(new Document(BankImporter.DocumentIdFor(shown), "", new SourceRef(shown, 1, 1), [], [], []), null));
                    continue;
                }

                return ([], error.Line > 0 ? $"{shown}:{error.Line}: {error.Message}" : $"{shown}: {error.Message}");
            }

            inputs.Add(new LintInput(outcome.File!.Document, new SourceLines(text)));
        }

        return (inputs, null);
    }

    /// <summary>Every document of the bank, with the source files that still exist on disk.</summary>
    public static async Task<IReadOnlyList<LintInput>> ReadBankAsync(StoryBank.Storage.BankStore store, CancellationToken cancellationToken)
    {
        var inputs = new List<LintInput>();
        foreach (var summary in await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await store.GetDocumentAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } document)
            {
                inputs.Add(new LintInput(document, await TryReadSourceAsync(document.Source.File, cancellationToken).ConfigureAwait(false)));
            }
        }

        return inputs;
    }

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

    private static async Task<SourceLines?> TryReadSourceAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return File.Exists(file) && TextDecoder.Decode(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false)).Text is { } text
                ? new SourceLines(text.Text)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the bank keeps the story; only the exact columns are lost
        }
    }

    /// <summary>Paths under the current folder are shown relative to it, as the user typed them and as editors resolve them.</summary>
    private static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
