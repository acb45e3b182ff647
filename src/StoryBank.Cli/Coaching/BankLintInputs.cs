using System.Runtime.CompilerServices;
using StoryBank.Core.Coach.Text;
using StoryBank.Core.Import.Text;
using StoryBank.Lint.Linting;
using StoryBank.Storage;

namespace StoryBank.Cli.Coaching;

/// <summary>The bank as the coach reads it: every document, with its source file when that is still on disk.</summary>
internal static class BankLintInputs
{
    /// <summary>Every document of the bank, one at a time, with the source files that still exist on disk.</summary>
    public static async IAsyncEnumerable<LintInput> ReadAsync(BankStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var summary in await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await store.GetDocumentAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } document)
            {
                yield return new LintInput(document, await TryReadSourceAsync(document.Source.File, cancellationToken).ConfigureAwait(false));
            }
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
}
