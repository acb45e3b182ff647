using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class ListAndShowTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task List_SeededBank_TableWithEveryStory()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());

        var result = await _cli.RunAsync("list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Build time", result.Out, StringComparison.Ordinal);
        Assert.Contains("Queue debate", result.Out, StringComparison.Ordinal);
        Assert.Contains("a.md:3", result.Out, StringComparison.Ordinal);
        Assert.Contains("3 stories", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Json_ArrayOfStoriesWithTheModelsFieldNames()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());

        var result = await _cli.RunAsync("list", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var stories = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["abcd11110000", "abcd22220000", "ef0000000000"], stories.Select(s => s.GetProperty("id").GetString()));
        var story = stories[0];
        Assert.Equal(
            ["id", "title", "company", "project", "framework", "sections", "shortVersion", "competencies", "bestFor", "followUps", "metrics", "learnings", "tags", "language", "headingPath", "source"],
            story.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["kind", "label", "text", "line"], story.GetProperty("sections")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["question", "answer"], story.GetProperty("followUps")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "value"], story.GetProperty("metrics")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["file", "startLine", "endLine"], story.GetProperty("source").EnumerateObject().Select(p => p.Name));
        Assert.Equal("STAR", story.GetProperty("framework").GetString());
        Assert.Equal("4h → 2h", story.GetProperty("metrics")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task List_EmptyBank_SaysHowToImport()
    {
        var result = await _cli.RunAsync("list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("storybank import PATH", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UniquePrefix_RendersTheWholeStory()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());

        var result = await _cli.RunAsync("show", "ef00");

        Assert.Equal(0, result.ExitCode);
        foreach (var expected in new[] { "Queue debate", "Northwind", "Checkout", "STAR", "Actions", "- Split the tests", "I halved our build time.", "Q: What would you do differently?", "A: Measure first.", "Build time: 4h → 2h", "source: /banks/b.md:3-8" })
        {
            Assert.Contains(expected, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Show_Json_TheStoryRecord()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());

        var result = await _cli.RunAsync("show", "abcd22220000", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("abcd22220000", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("Outage night", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Show_UnknownId_ExitsOneWithOneLine()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());

        var result = await _cli.RunAsync("show", "zzzz9");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("storybank: no story with id 'zzzz9'\n", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Show_AmbiguousPrefix_ExitsOneListingTheCandidates()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());

        var result = await _cli.RunAsync("show", "abcd");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("storybank: 'abcd' matches several stories: abcd11110000 (Build time), abcd22220000 (Outage night)\n", result.Error);
    }
}
