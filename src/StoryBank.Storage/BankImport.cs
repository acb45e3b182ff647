using Microsoft.EntityFrameworkCore.Storage;
using StoryBank.Core.Import;

namespace StoryBank.Storage;

/// <summary>
/// One import run in one transaction. Files are written one at a time as they are added; nothing is
/// visible to others until <see cref="CommitAsync"/>, and disposing without committing (or after a
/// failure) leaves the bank exactly as it was.
/// </summary>
/// <remarks>Not thread-safe. Created by <see cref="BankStore.BeginImportAsync"/>.</remarks>
public sealed class BankImport : IAsyncDisposable
{
    private readonly BankStore _store;
    private readonly IDbContextTransaction _transaction;
    private bool _failed;
    private bool _completed;

    internal BankImport(BankStore store, IDbContextTransaction transaction)
    {
        _store = store;
        _transaction = transaction;
    }

    /// <summary>Writes one imported file; see <see cref="FragmentKind"/> for what each kind replaces.</summary>
    /// <exception cref="InvalidOperationException">The run already failed or was committed.</exception>
    public async Task<ImportCounts> AddAsync(ImportedFile file, CancellationToken cancellationToken)
    {
        if (_failed || _completed)
        {
            throw new InvalidOperationException("this import run has already failed or been committed");
        }

        try
        {
            return await _store.WriteAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    /// <summary>Makes every file added so far permanent.</summary>
    /// <exception cref="InvalidOperationException">The run already failed or was committed.</exception>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_failed || _completed)
        {
            throw new InvalidOperationException("this import run has already failed or been committed");
        }

        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _completed = true;
    }

    /// <summary>Rolls back unless committed.</summary>
    public ValueTask DisposeAsync() => _transaction.DisposeAsync();
}
