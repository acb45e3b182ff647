using Microsoft.EntityFrameworkCore;

namespace StoryBank.Storage;

/// <summary>Builds contexts for the configured provider and brings the schema up to date.</summary>
internal static class BankDatabase
{
    public static BankDbContext CreateContext(BankStoreOptions options) => options.Provider switch
    {
        StorageProvider.Sqlite => new SqliteBankDbContext(
            new DbContextOptionsBuilder<SqliteBankDbContext>().UseSqlite(options.ConnectionString).Options),
        StorageProvider.Postgres => new PostgresBankDbContext(
            new DbContextOptionsBuilder<PostgresBankDbContext>().UseNpgsql(options.ConnectionString).Options),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown storage provider"),
    };

    /// <summary>Where the bank is, for people: the SQLite file, or the PostgreSQL host, port, database and user (never the password).</summary>
    public static string DescribeLocation(BankDbContext db)
    {
        var connectionString = db.Database.GetConnectionString() ?? string.Empty;
        if (db is PostgresBankDbContext)
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return $"{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        }

        return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
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
