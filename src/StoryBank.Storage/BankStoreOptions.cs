using Microsoft.Data.Sqlite;

namespace StoryBank.Storage;

/// <summary>The database engines the bank can be stored in.</summary>
public enum StorageProvider
{
    /// <summary>A local SQLite file (WAL mode, foreign keys on).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql), for a hosted, multi-user bank.</summary>
    Postgres,
}

/// <summary>Where and how the bank is stored.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Provider">The database engine.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
public sealed record BankStoreOptions(StorageProvider Provider, string ConnectionString)
{
    /// <summary>The clock that stamps import and update times; the system clock unless a test replaces it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Options for a SQLite bank in the file at <paramref name="path"/> (created when missing).</summary>
    public static BankStoreOptions ForSqliteFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            // Without pooling the file is released (and the WAL checkpointed) as soon as the store is disposed.
            Pooling = false,
        };
        return new BankStoreOptions(StorageProvider.Sqlite, builder.ConnectionString);
    }

    /// <summary>Options for a PostgreSQL bank reached with the Npgsql <paramref name="connectionString"/>.</summary>
    public static BankStoreOptions ForPostgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new BankStoreOptions(StorageProvider.Postgres, connectionString);
    }
}
