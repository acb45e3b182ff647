using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class BackupCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task BackupThenRestoreIntoNewBank_SameStoriesAndIdenticalSecondBackup()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        var archive = Path.Combine(_cli.Folder, "bank.zip");
        var copy = Path.Combine(_cli.Folder, "copy.db");
        var again = Path.Combine(_cli.Folder, "again.zip");

        var backup = await _cli.RunAsync("backup", archive);
        var restore = await _cli.RunAsync("restore-backup", archive, "--db", copy, "--json");
        await _cli.RunAsync("backup", again, "--db", copy);

        Assert.Equal(0, backup.ExitCode);
        Assert.Equal(0, restore.ExitCode);
        using var restored = JsonDocument.Parse(restore.Out);
        Assert.Equal(3, restored.RootElement.GetProperty("stories").GetInt32());
        Assert.Equal(File.ReadAllBytes(archive), File.ReadAllBytes(again));
        Assert.Equal((await _cli.RunAsync("list", "--json")).Out, (await _cli.RunAsync("list", "--json", "--db", copy)).Out);
    }

    [Fact]
    public async Task RestoreIntoBankThatHasStories_ExitsOneAndChangesNothing()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        var archive = Path.Combine(_cli.Folder, "bank.zip");
        await _cli.RunAsync("backup", archive);

        var result = await _cli.RunAsync("restore-backup", archive);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the bank is not empty", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, (await _cli.CountsAsync()).Stories);
    }

    [Fact]
    public async Task RestoreOfAFileThatIsNotABackup_ExitsOneNamingTheFile()
    {
        var notes = _cli.WriteFile("notes.zip", "not a zip");

        var result = await _cli.RunAsync("restore-backup", notes);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{notes}: not a ZIP archive", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
