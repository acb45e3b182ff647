using System.Text.Json;

namespace StoryBank.Cli.Tests;

/// <summary><c>storybank import</c> of the four real banks in STORYBANK_SEEDS, end to end on a SQLite file.</summary>
public sealed class SeedImportCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [SeedFact]
    public async Task Import_SeedFolderWithReport_EveryFileFullyAccountedAndReimportChangesNothing()
    {
        var first = await _cli.RunAsync("import", SeedFactAttribute.SeedsFolder!, "--report", "--json");

        Assert.Equal(0, first.ExitCode);
        using var report = JsonDocument.Parse(first.Out);
        var entries = report.RootElement.EnumerateArray().OrderBy(e => e.GetProperty("path").GetString(), StringComparer.Ordinal).ToList();
        Assert.Equal([7, 7, 62, 15], entries.Select(e => e.GetProperty("stories").GetInt32()));
        Assert.All(entries, e => Assert.Equal(1.0, e.GetProperty("linesAccounted").GetDouble()));
        Assert.Equal(42, entries[3].GetProperty("followUps").GetInt32());
        Assert.Equal(15, entries[3].GetProperty("shortVersions").GetInt32());
        var idsBefore = await ListIdsAsync();

        var second = await _cli.RunAsync("import", SeedFactAttribute.SeedsFolder!, "--json");

        Assert.Equal(0, second.ExitCode);
        using var summary = JsonDocument.Parse(second.Out);
        Assert.Equal(91, summary.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("inserted").GetInt32());
        Assert.Equal(idsBefore, await ListIdsAsync());
    }

    private async Task<string[]> ListIdsAsync()
    {
        var list = await _cli.RunAsync("list", "--json");
        using var json = JsonDocument.Parse(list.Out);
        return [.. json.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }
}
