using System.Text.Json;

namespace StoryBank.Cli.Tests;

/// <summary>Every command, run as another owner with the first owner's ids, neither shows nor changes the first owner's bank.</summary>
public sealed class OwnerIsolationTests : IDisposable
{
    private const string Bank = """
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
    public async Task EveryCommandAsAnotherOwner_WithTheFirstOwnersIds_SeesAndChangesNothing()
    {
        var file = _cli.WriteFile("bank.md", Bank);
        await _cli.RunAsync("import", file);
        File.WriteAllText(file, Bank[..Bank.IndexOf("## 2.", StringComparison.Ordinal)].Replace("two hours", "one hour", StringComparison.Ordinal));
        await _cli.RunAsync("import", file);
        var before = await SnapshotAsync();
        var kept = Ids(before.List)[0];
        var trashed = Ids(before.Trash)[0];
        _cli.Environment["EDITOR"] = "sed -i 's/^title: .*/title: Hijacked/'";

        string[][] refused =
        [
            ["show", kept], ["history", kept], ["history", trashed], ["diff", kept], ["restore", kept, "1"],
            ["undelete", trashed], ["edit", kept], ["coach", kept],
        ];
        foreach (var command in refused)
        {
            var result = await _cli.RunAsync([.. command, "--owner", "mallory"]);
            Assert.True(result.ExitCode == 1, $"`{string.Join(' ', command)}` as another owner exited {result.ExitCode}: {result.Out}");
            Assert.DoesNotContain("Cutting build time", result.Out + result.Error, StringComparison.Ordinal);
        }

        string[][] empty = [["list", "--json"], ["trash", "--json"], ["search", "build", "--json"]];
        foreach (var command in empty)
        {
            var result = await _cli.RunAsync([.. command, "--owner", "mallory"]);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("[]", result.Out.Trim());
        }

        var export = await _cli.RunAsync("export", "--format", "json", "--out", Path.Combine(_cli.Folder, "out"), "--owner", "mallory");
        var backup = await _cli.RunAsync("backup", Path.Combine(_cli.Folder, "m.zip"), "--owner", "mallory", "--json");
        var info = await _cli.RunAsync("db", "info", "--owner", "mallory", "--json");
        var lint = await _cli.RunAsync("lint", "--format", "json", "--owner", "mallory");
        var import = await _cli.RunAsync("import", file, "--owner", "mallory");

        Assert.Contains("Exported 0 files", export.Out, StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(backup.Out).RootElement.GetProperty("stories").GetInt32());
        Assert.Equal(0, JsonDocument.Parse(info.Out).RootElement.GetProperty("stories").GetInt32());
        Assert.Equal(0, JsonDocument.Parse(lint.Out).RootElement.GetProperty("summary").GetProperty("stories").GetInt32());
        Assert.Equal(0, import.ExitCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<(string List, string Trash, string History)> SnapshotAsync()
    {
        var list = (await _cli.RunAsync("list", "--json")).Out;
        var trash = (await _cli.RunAsync("trash", "--json")).Out;
        var history = new List<string>();
        foreach (var id in Ids(list).Concat(Ids(trash)))
        {
            history.Add((await _cli.RunAsync("history", id, "--json")).Out);
        }

        return (list, trash, string.Join('\n', history));
    }

    private static List<string> Ids(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => (e.TryGetProperty("id", out var id) ? id : e.GetProperty("storyId")).GetString()!)];
    }
}
