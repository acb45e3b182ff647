using StoryBank.Core.Model;
using StoryBank.Storage;

namespace StoryBank.Cli.Matching;

/// <summary>Reads the whole bank for the analyses that need its documents: stories in bank order with the mappings each document states.</summary>
internal static class BankDocuments
{
    /// <summary>Every document of the bank's owner, whole, by source file.</summary>
    public static async Task<IReadOnlyList<Document>> ReadAsync(BankStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var documents = new List<Document>();
        foreach (var summary in await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await store.GetDocumentAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>The message for a command that needs stories when the bank has none.</summary>
    public const string EmptyBank = "the bank has no stories yet; import your story bank first, e.g. `storybank import ~/interview/bank.md`";
}
