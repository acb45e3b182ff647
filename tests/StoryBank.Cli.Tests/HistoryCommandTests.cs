using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class HistoryCommandTests : IDisposable
{
    private const string TwoStories = """
        ## 1. Cutting build time
        **Situation:** The nightly build took four hours.
        **Action:** I cached the dependency restore.
        **Result:** Builds take two hours.

        ## 2. The outage night
        **Situation:** The payments API went down at 2 AM.
        **Action:** I rolled back the release and paged the owners.
        **Result:** Service was back in 12 minutes.
        """;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ReimportWithoutAStory_TrashListsItAndUndeleteBringsItBack()
    {
        var bank = _cli.WriteFile("bank.md", TwoStories);
        await _cli.RunAsync("import", bank);
        var outageId = (await ListAsync()).Single(s => s.Title == "The outage night").Id;
        File.WriteAllText(bank, TwoStories[..TwoStories.IndexOf("## 2.", StringComparison.Ordinal)]);
        await _cli.RunAsync("import", bank);

        var trash = await _cli.RunAsync("trash", "--json");
        var undelete = await _cli.RunAsync("undelete", outageId[..6]);
        var history = await _cli.RunAsync("history", outageId, "--json");

        using var trashed = JsonDocument.Parse(trash.Out);
        Assert.Equal([outageId], trashed.RootElement.EnumerateArray().Select(e => e.GetProperty("storyId").GetString()));
        Assert.Equal(0, undelete.ExitCode);
        Assert.Contains(await ListAsync(), s => s.Id == outageId);
        using var revisions = JsonDocument.Parse(history.Out);
        Assert.Equal(["Import", "Delete", "Undelete"], revisions.RootElement.EnumerateArray().Select(e => e.GetProperty("change").GetString()));
    }

    [Fact]
    public async Task DiffAndRestore_ChangedStory_ShowsTheChangeAndBringsTheOldTextBack()
    {
        var bank = _cli.WriteFile("bank.md", TwoStories);
        await _cli.RunAsync("import", bank);
        File.WriteAllText(bank, TwoStories.Replace("Builds take two hours.", "Builds take one hour.", StringComparison.Ordinal));
        await _cli.RunAsync("import", bank);
        var buildId = (await ListAsync()).Single(s => s.Title == "Cutting build time").Id;

        var diff = await _cli.RunAsync("diff", buildId, "--json");
        var restore = await _cli.RunAsync("restore", buildId, "1");
        var show = await _cli.RunAsync("show", buildId, "--json");

        using var lines = JsonDocument.Parse(diff.Out);
        var changed = lines.RootElement.GetProperty("lines").EnumerateArray()
            .Where(l => l.GetProperty("change").GetString() != " ")
            .Select(l => l.GetProperty("change").GetString() + l.GetProperty("text").GetString());
        Assert.Equal(["-Builds take two hours.", "+Builds take one hour."], changed);
        Assert.Equal(0, restore.ExitCode);
        Assert.Contains("Builds take two hours.", show.Out, StringComparison.Ordinal);
        Assert.Equal(1, (await _cli.RunAsync("restore", buildId, "9")).ExitCode);
    }

    [Fact]
    public async Task History_UnknownId_ExitsOne()
    {
        var result = await _cli.RunAsync("history", "ffffffffffff");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no story with id 'ffffffffffff'", result.Error, StringComparison.Ordinal);
    }

    private async Task<List<(string Id, string Title)>> ListAsync()
    {
        using var json = JsonDocument.Parse((await _cli.RunAsync("list", "--json")).Out);
        return [.. json.RootElement.EnumerateArray().Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("title").GetString()!))];
    }
}
