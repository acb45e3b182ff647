using System.Text.Json;
using StoryBank.Core.Model;
using StoryBank.Storage;

namespace StoryBank.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_NamedFileWithoutStories_ExitsOneWithTheFileOnStderr()
    {
        var file = _cli.WriteFile("notes.md", "Just a shopping list.\n- milk\n");

        var result = await _cli.RunAsync("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"storybank: {file}: no stories found", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(new BankCounts(0, 0), await _cli.CountsAsync());
    }

    [Fact]
    public async Task Import_MissingPath_ExitsOneWithOneLine()
    {
        var result = await _cli.RunAsync("import", "no-such-folder");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("storybank: no-such-folder: no such file or folder\n", result.Error);
    }

    [Fact]
    public async Task Import_FolderWithFilesHoldingNoStories_SkipsEachWithANote()
    {
        var empty = _cli.WriteFile("bank/empty.md", "");
        var binary = _cli.WriteFile("bank/archive.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
        var prose = _cli.WriteFile("bank/sub/prose.txt", "Nothing here looks like a story.\n");

        var result = await _cli.RunAsync("import", Path.Combine(_cli.Folder, "bank"));

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Contains($"{empty}: skipped: empty file", lines);
        Assert.Single(lines, l => l.StartsWith($"{binary}: skipped: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{prose}: skipped: no stories found", StringComparison.Ordinal));
        Assert.Contains("Imported 0 files: 0 stories (0 new, 0 updated, 0 deleted, 0 unchanged); skipped 3 files.", lines);
    }

    [Fact]
    public async Task Import_ManyFilesOnAnInteractiveConsole_ShowsProgressAndStillReportsEveryFile()
    {
        for (var i = 0; i < 25; i++)
        {
            _cli.WriteFile($"bank/note-{i:00}.md", $"Note {i} holds no story.\n");
        }

        _cli.Interactive = true;
        var result = await _cli.RunAsync("import", Path.Combine(_cli.Folder, "bank"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Reading note-", result.Out, StringComparison.Ordinal);
        Assert.Contains("skipped 25 files.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FolderWalk_SkipsHiddenBinAndObjFolders()
    {
        _cli.WriteFile("bank/.git/config.json", "{ broken");
        _cli.WriteFile("bank/bin/out.json", "{ broken");
        _cli.WriteFile("bank/obj/cache.json", "{ broken");
        _cli.WriteFile("bank/readme.md", "No stories in here.\n");

        var result = await _cli.RunAsync("import", Path.Combine(_cli.Folder, "bank"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped 1 file.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FolderWithAMalformedFile_FailsListsEveryErrorAndLeavesTheBankUnchanged()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        var first = _cli.WriteFile("bank/a-broken.json", "{ \"id\": ");
        _cli.WriteFile("bank/b-notes.md", "No stories.\n");
        var second = _cli.WriteFile("bank/c-broken.json", "{ nope");

        var result = await _cli.RunAsync("import", Path.Combine(_cli.Folder, "bank"));

        Assert.Equal(1, result.ExitCode);
        var errors = result.Error.TrimEnd('\n').Split('\n');
        Assert.All(errors, line => Assert.StartsWith("storybank: ", line, StringComparison.Ordinal));
        Assert.Contains(errors, line => line.StartsWith($"storybank: {first}:", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.StartsWith($"storybank: {second}:", StringComparison.Ordinal));
        Assert.Equal("storybank: nothing was imported (2 errors)", errors[^1]);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(new BankCounts(2, 3), await _cli.CountsAsync());
    }

    [Fact]
    public async Task Import_JsonMode_PrintsOnlyJsonOnStdoutAndNotesOnStderr()
    {
        _cli.WriteFile("bank/notes.md", "No stories.\n");

        var result = await _cli.RunAsync("import", Path.Combine(_cli.Folder, "bank"), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(
            ["files", "stories", "inserted", "updated", "deleted", "unchanged", "skipped"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.RootElement.GetProperty("skipped").GetInt32());
        Assert.Contains("skipped: no stories found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ExportedJsonTwice_InsertsThenLeavesUnchanged()
    {
        var file = WriteJsonExport(Samples.Bank()[0]);

        var first = await _cli.RunAsync("import", file);
        var second = await _cli.RunAsync("import", file);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Imported 1 file: 2 stories (2 new, 0 updated, 0 deleted, 0 unchanged).", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("(0 new, 0 updated, 0 deleted, 2 unchanged)", second.Out, StringComparison.Ordinal);
        Assert.Equal(new BankCounts(1, 2), await _cli.CountsAsync());
    }

    [Fact]
    public async Task Import_ReportJson_OneEntryPerFileWithTheDocumentedFields()
    {
        var file = WriteJsonExport(Samples.Bank()[0]);

        var result = await _cli.RunAsync("import", file, "--report", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(
            ["path", "stories", "frameworks", "followUps", "shortVersions", "mappings", "blocks", "warnings", "linesAccounted", "encoding", "inserted", "updated", "deleted"],
            entry.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, entry.GetProperty("stories").GetInt32());
        Assert.Equal(2, entry.GetProperty("frameworks").GetProperty("STAR").GetInt32());
        Assert.InRange(entry.GetProperty("linesAccounted").GetDouble(), 0, 1);
    }

    private string WriteJsonExport(Document document)
    {
        var exported = Assert.Single(_cli.Exporters["json"]().Export(document));
        return _cli.WriteFile(Path.Combine("exported", exported.RelativePath), exported.Content);
    }
}
