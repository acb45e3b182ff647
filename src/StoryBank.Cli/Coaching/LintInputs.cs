using System.Runtime.CompilerServices;
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
    /// <summary>
    /// Reads and imports one file. A file met in a folder walk that is binary or not text is skipped (both results
    /// null); a file with no stories becomes an empty document; any other problem is one message naming the file.
    /// </summary>
    public static async Task<(LintInput? Input, string? Error)> ReadFileAsync(ImportSource source, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(source.Path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{source.Path}: cannot read the file: {e.Message}");
        }

        var shown = DisplayPath(source.Path);
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } failure)
        {
            return failure.Kind == DecodeFailureKind.Empty ? (EmptyDocument(shown), null)
                : source.FoundInFolder ? (null, null)
                : (null, failure.Line > 0 ? $"{shown}:{failure.Line}: {failure.Message}" : $"{shown}: {failure.Message}");
        }

        var text = decoded.Text!.Text;
        var outcome = BankImporter.ImportText(text, shown);
        if (outcome.Error is { } error)
        {
            return error.Kind is ImportErrorKind.Empty or ImportErrorKind.NoStories
                ? (EmptyDocument(shown), null)
                : (null, error.Line > 0 ? $"{shown}:{error.Line}: {error.Message}" : $"{shown}: {error.Message}");
        }

        return (new LintInput(outcome.File!.Document, new SourceLines(text)), null);
    }

    /// <summary>Every document of the bank, one at a time, with the source files that still exist on disk.</summary>
    public static async IAsyncEnumerable<LintInput> ReadBankAsync(StoryBank.Storage.BankStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var summary in await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await store.GetDocumentAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } document)
            {
                yield return new LintInput(document, await TryReadSourceAsync(document.Source.File, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    private static LintInput EmptyDocument(string file) =>
        new(new Document(BankImporter.DocumentIdFor(file), "", new SourceRef(file, 1, 1), [], [], []), null);

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
