using Microsoft.EntityFrameworkCore;

namespace StoryBank.Storage;

/// <summary>Builds contexts for the configured provider and brings the schema up to date.</summary>
internal static class BankDatabase
{
    public static BankDbContext CreateContext(BankStoreOptions options)
    {
        var builder = new DbContextOptionsBuilder<BankDbContext>();
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown storage provider");
        }

        return new BankDbContext(builder.Options);
    }

    /// <summary>Applies pending migrations and the provider's session settings.</summary>
    public static async Task PrepareAsync(BankDbContext db, BankStoreOptions options, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (options.Provider == StorageProvider.Sqlite)
        {
            // WAL lets readers work while an import writes; the setting is stored in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }
}
