using Npgsql;

namespace StoryBank.Storage.Tests;

/// <summary>A real, empty bank for one test class: a SQLite file in a temporary folder, or a fresh PostgreSQL database.</summary>
public abstract class TestBank : IDisposable
{
    /// <summary>The variable naming the PostgreSQL server the tests may create databases on (<c>.ci/run</c> sets it).</summary>
    public const string PostgresVariable = "STORYBANK_TEST_POSTGRES";

    public abstract BankStoreOptions Options { get; }

    public Task<BankStore> OpenAsync(string owner = BankStore.LocalOwner) =>
        BankStore.OpenAsync(Options, owner, CancellationToken.None);

    public abstract void Dispose();

    public static TestBank Sqlite() => new SqliteTestBank();

    /// <summary>A fresh database on the server named by <see cref="PostgresVariable"/>, or null when it is unset.</summary>
    public static TestBank? Postgres() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? new PostgresTestBank(server) : null;

    public static string PostgresSkipReason => $"{PostgresVariable} is not set: PostgreSQL storage tests skipped";
}

/// <summary>A SQLite bank file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class SqliteTestBank : TestBank
{
    public SqliteTestBank()
    {
        Folder = Directory.CreateTempSubdirectory("storybank-storage-").FullName;
        Path = System.IO.Path.Combine(Folder, "bank.db");
        Options = BankStoreOptions.ForSqliteFile(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    public override BankStoreOptions Options { get; }

    public override void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>A database of its own on a PostgreSQL server, dropped afterwards.</summary>
public sealed class PostgresTestBank : TestBank
{
    private readonly string _server;
    private readonly string _database = $"storybank_test_{Guid.NewGuid():N}";

    public PostgresTestBank(string server)
    {
        _server = server;
        Execute($"CREATE DATABASE {_database}");
        Options = BankStoreOptions.ForPostgres(new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString);
    }

    public override BankStoreOptions Options { get; }

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
