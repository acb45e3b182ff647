using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class GlobalOptionTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task DbOption_BeatsStorybankDbVariable()
    {
        var other = Path.Combine(_cli.Folder, "other.db");
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank()[0]);
        await _cli.SeedAsync(other, Samples.Bank()[1]);

        var fromOption = await _cli.RunAsync("list", "--json", "--db", other);
        var fromVariable = await _cli.RunAsync("list", "--json");

        Assert.Equal(["ef0000000000"], Ids(fromOption));
        Assert.Equal(["abcd11110000", "abcd22220000"], Ids(fromVariable));
    }

    [Fact]
    public async Task DbAndPostgresOptions_Together_ExitOneNamingBoth()
    {
        var result = await _cli.RunAsync("list", "--db", _cli.DbPath, "--postgres", "Host=127.0.0.1;Database=none");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--db and --postgres", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbOption_BeatsStorybankPostgresVariable()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank()[1]);
        _cli.Environment["STORYBANK_POSTGRES"] = "Host=127.0.0.1;Port=1;Database=unreachable;Timeout=1";

        var result = await _cli.RunAsync("list", "--json", "--db", _cli.DbPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ef0000000000"], Ids(result));
    }

    [SkippableFact]
    public async Task PostgresOption_ImportsAndListsFromThatServer()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var export = Path.Combine(_cli.Folder, "export");
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        Assert.Equal(0, (await _cli.RunAsync("export", "--format", "json", "--out", export)).ExitCode);

        var imported = await _cli.RunAsync("import", export, "--postgres", database.ConnectionString);
        var listed = await _cli.RunAsync("list", "--json", "--postgres", database.ConnectionString);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(["abcd11110000", "abcd22220000", "ef0000000000"], Ids(listed).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NoDbOptionOrVariable_UsesXdgDataHomeAndCreatesTheFolder()
    {
        _cli.Environment.Remove("STORYBANK_DB");
        _cli.Environment["XDG_DATA_HOME"] = Path.Combine(_cli.Folder, "xdg");

        var result = await _cli.RunAsync("list");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_cli.Folder, "xdg", "storybank", "bank.db")));
    }

    [Fact]
    public async Task NoXdgDataHome_FallsBackToLocalShareUnderHome()
    {
        _cli.Environment.Remove("STORYBANK_DB");

        var result = await _cli.RunAsync("list");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_cli.Folder, "home", ".local", "share", "storybank", "bank.db")));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("show")]
    [InlineData("list", "--no-such-option")]
    public async Task ParseError_ExitsOneWithOneLine(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("storybank: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Help_ExitsZeroListingTheCommands()
    {
        var result = await _cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "import", "list", "show", "export", "demo", "--db", "--json" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }
    }

    private static List<string?> Ids(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString())];
    }
}
