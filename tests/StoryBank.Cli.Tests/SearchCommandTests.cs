using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Search_WordsInTheBank_ListsMatchingStoriesAsJson()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());

        var result = await _cli.RunAsync("search", "outage", "--json");

        Assert.Equal(0, result.ExitCode);
        using var hits = JsonDocument.Parse(result.Out);
        var hit = Assert.Single(hits.RootElement.EnumerateArray());
        Assert.Equal("abcd22220000", hit.GetProperty("id").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Search_NoWordsInQuery_ExitsOne()
    {
        var result = await _cli.RunAsync("search", "?!", "*");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no words", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NothingMatches_SaysSoAndExitsZero()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());

        var result = await _cli.RunAsync("search", "kubernetes");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No story contains every word of \"kubernetes\"", result.Out, StringComparison.Ordinal);
    }
}
