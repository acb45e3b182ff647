using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class EditCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Edit_EditorChangesTheTitle_SavedAsNewRevision()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        _cli.Environment["EDITOR"] = "sed -i 's/^title: Build time$/title: Build time, halved/'";

        var result = await _cli.RunAsync("edit", "abcd1111");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Saved abcd11110000 as revision 2.", result.Out, StringComparison.Ordinal);
        using var story = JsonDocument.Parse((await _cli.RunAsync("show", "abcd11110000", "--json")).Out);
        Assert.Equal("Build time, halved", story.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Edit_StoryChangedWhileEditing_RefusedNamingTheChange()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        var changed = Samples.Bank()[0] with { Stories = [Samples.Story("abcd11110000", "Build time", "/banks/a.md", result: "Builds take one hour."), Samples.Story("abcd22220000", "Outage night", "/banks/a.md")] };
        var export = Path.Combine(_cli.Folder, "changed.json");
        File.WriteAllText(export, new StoryBank.Core.Export.JsonExporter().Export(changed)[0].Content);
        // The "editor" imports a new version of the story behind the edit's back, then edits the title.
        _cli.Environment["EDITOR"] = $"dotnet \"{typeof(StoryBank.Cli.StoryBankCli).Assembly.Location}\" import \"{export}\" --db \"{_cli.DbPath}\" >/dev/null && sed -i 's/^title: Build time$/title: Mine/'";

        var result = await _cli.RunAsync("edit", "abcd11110000");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("changed since you opened it", result.Error, StringComparison.Ordinal);
        Assert.Contains("revision 2 (Import", result.Error, StringComparison.Ordinal);
        using var story = JsonDocument.Parse((await _cli.RunAsync("show", "abcd11110000", "--json")).Out);
        Assert.Equal("Build time", story.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Edit_NoEditorConfigured_ExitsOneSayingHow()
    {
        _cli.Environment.Remove("EDITOR");
        _cli.Environment.Remove("VISUAL");

        var result = await _cli.RunAsync("edit", "abcd11110000");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("set EDITOR", result.Error, StringComparison.Ordinal);
    }
}
