using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class DbCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Migrate_NewBankThenAgain_AppliesOnceThenNothing()
    {
        var path = Path.Combine(_cli.Folder, "fresh", "bank.db");

        var first = await _cli.RunAsync("db", "migrate", "--db", path, "--json");
        var second = await _cli.RunAsync("db", "migrate", "--db", path, "--json");

        Assert.Equal(0, first.ExitCode);
        using var applied = JsonDocument.Parse(first.Out);
        Assert.NotEmpty(applied.RootElement.GetProperty("applied").EnumerateArray());
        using var again = JsonDocument.Parse(second.Out);
        Assert.Empty(again.RootElement.GetProperty("applied").EnumerateArray());
        Assert.Equal(applied.RootElement.GetProperty("schemaVersion").GetString(), again.RootElement.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public async Task Info_SeededBank_ProviderLocationVersionAndCounts()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());

        var result = await _cli.RunAsync("db", "info", "--json");

        Assert.Equal(0, result.ExitCode);
        using var info = JsonDocument.Parse(result.Out);
        Assert.Equal("Sqlite", info.RootElement.GetProperty("provider").GetString());
        Assert.Equal(_cli.DbPath, info.RootElement.GetProperty("location").GetString());
        Assert.Matches(@"^\d{14}_\w+$", info.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(2, info.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(3, info.RootElement.GetProperty("stories").GetInt32());
    }

    [SkippableFact]
    public async Task Info_PostgresBank_NamesServerWithoutPassword()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var withPassword = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "not-to-be-shown" }.ConnectionString;

        var result = await _cli.RunAsync("db", "info", "--postgres", withPassword);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("provider: Postgres", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("not-to-be-shown", result.Out, StringComparison.Ordinal);
    }
}
