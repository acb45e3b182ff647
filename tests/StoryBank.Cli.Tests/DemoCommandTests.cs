using System.Text.Json;
using StoryBank.Storage;

namespace StoryBank.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Demo_OnANewMachine_CreatesTheDataFolder()
    {
        // No STORYBANK_DB and a home without ~/.local/share: what the README's first command meets on a fresh install.
        _cli.Environment.Remove("STORYBANK_DB");

        var result = await _cli.RunAsync("demo");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_cli.Folder, "home", ".local", "share", "storybank", "demo.db")), result.Error);
    }

    [Fact]
    public async Task Demo_WithoutDb_RecreatesDemoDbBesideTheDefaultBank()
    {
        var demoPath = Path.Combine(_cli.Folder, "demo.db");
        await _cli.SeedAsync(demoPath, Samples.Bank());

        var result = await _cli.RunAsync("demo");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"The demo bank is {demoPath}.", result.Out, StringComparison.Ordinal);
        Assert.Contains("storybank list --json", result.Out, StringComparison.Ordinal);
        Assert.Contains("go-to   Disagreeing with a Staff Engineer About the Queue", result.Out, StringComparison.Ordinal);
        await using var store = await BankStore.OpenAsync(BankStoreOptions.ForSqliteFile(demoPath), BankStore.LocalOwner, CancellationToken.None);
        Assert.Null(await store.GetDocumentAsync("doc-a", CancellationToken.None));
        Assert.Equal(new BankCounts(0, 0), await _cli.CountsAsync(_cli.DbPath));
    }

    [Fact]
    public async Task Demo_Json_ImportsTheSixDemoStoriesInEveryFormat()
    {
        var demoPath = Path.Combine(_cli.Folder, "try.db");

        var result = await _cli.RunAsync("demo", "--db", demoPath, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(6, stories.Count);
        Assert.Contains(stories, s => s.GetProperty("framework").GetString() == "SOAR");
        Assert.Contains(stories, s => s.GetProperty("shortVersion").ValueKind == JsonValueKind.String);
        Assert.True(json.RootElement.GetProperty("report")[0].GetProperty("mappings").GetInt32() >= 5);
    }
}
