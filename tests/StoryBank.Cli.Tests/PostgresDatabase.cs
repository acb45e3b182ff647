using Npgsql;

namespace StoryBank.Cli.Tests;

/// <summary>A database of its own on the PostgreSQL server named by STORYBANK_TEST_POSTGRES, dropped afterwards.</summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = $"storybank_cli_{Guid.NewGuid():N}";

    private PostgresDatabase(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Creates the database; skips the calling test when no server is configured.</summary>
    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("STORYBANK_TEST_POSTGRES");
        Skip.If(string.IsNullOrEmpty(server), "STORYBANK_TEST_POSTGRES is not set: PostgreSQL CLI test skipped");
        var database = new PostgresDatabase(server!);
        await database.ExecuteAsync($"CREATE DATABASE {database._name}");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
