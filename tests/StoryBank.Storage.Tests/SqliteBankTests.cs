using Microsoft.Data.Sqlite;

namespace StoryBank.Storage.Tests;

/// <summary>What only the SQLite bank does: a file in WAL mode.</summary>
public sealed class SqliteBankTests : IDisposable
{
    private readonly SqliteTestBank _bank = new();

    public void Dispose() => _bank.Dispose();

    [Fact]
    public async Task OpenAsync_NewFile_WalMode()
    {
        await (await _bank.OpenAsync()).DisposeAsync();

        using var connection = new SqliteConnection($"Data Source={_bank.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }
}
