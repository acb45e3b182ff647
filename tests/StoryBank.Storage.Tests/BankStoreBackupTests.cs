using System.IO.Compression;

namespace StoryBank.Storage.Tests;

/// <summary>Backup and restore from one provider into another (see the sealed classes at the end).</summary>
public abstract class BankStoreBackupTests(TestBank? source, TestBank? target) : IDisposable
{
    private TestBank Bank => source ?? throw new SkipException(TestBank.PostgresSkipReason);

    private TestBank Target => target ?? throw new SkipException(TestBank.PostgresSkipReason);

    public void Dispose()
    {
        source?.Dispose();
        target?.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task Backup_RestoreIntoEmptyBankThenBackupAgain_ByteIdenticalAndSameBank()
    {
        await using var store = await SeededAsync(Bank);
        var first = await BackupAsync(store);

        await using var restored = await Target.OpenAsync();
        var result = await restored.RestoreBackupAsync(new MemoryStream(first), CancellationToken.None);

        Assert.Equal(new BackupRestoreResult.Restored(2, 2), result);
        Assert.Equal(first, await BackupAsync(restored));
        Assert.Equal(Samples.Json(await store.HistoryAsync("abcd11110000", CancellationToken.None)), Samples.Json(await restored.HistoryAsync("abcd11110000", CancellationToken.None)));
        Assert.Equal(["abcd22220000"], (await restored.TrashAsync(CancellationToken.None)).Select(r => r.StoryId));
        Assert.Equal(Samples.Json(await store.ListStoriesAsync(CancellationToken.None)), Samples.Json(await restored.ListStoriesAsync(CancellationToken.None)));
        Assert.Equal(["abcd11110000"], (await restored.SearchAsync("one hour", 10, CancellationToken.None)).Select(h => h.Story.Id));
        Assert.Equal(["Globex", "initech"], (await restored.ListValuePacksAsync(CancellationToken.None)).Select(p => p.Company));
        var tags = (await restored.TagOverridesAsync(CancellationToken.None))["abcd11110000"];
        Assert.Equal(["conflict"], tags.Confirmed);
        Assert.Equal(["ownership"], tags.Removed);
    }

    [SkippableFact]
    public async Task Restore_IntoBankWithOnlyAValuePack_RefusedAndPackKept()
    {
        await using var store = await SeededAsync(Bank);
        var backup = await BackupAsync(store);
        await using var target = await Target.OpenAsync();
        await target.AddValuePackAsync(Pack("Umbrella"), "umbrella.yaml", CancellationToken.None);

        var result = await target.RestoreBackupAsync(new MemoryStream(backup), CancellationToken.None);

        Assert.IsType<BackupRestoreResult.Refused>(result);
        Assert.Equal(["Umbrella"], (await target.ListValuePacksAsync(CancellationToken.None)).Select(p => p.Company));
        Assert.Equal(new BankCounts(0, 0), await target.CountsAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Restore_IntoBankWithStories_RefusedAndBankUnchanged()
    {
        await using var store = await SeededAsync(Bank);
        var backup = await BackupAsync(store);

        var result = await store.RestoreBackupAsync(new MemoryStream(backup), CancellationToken.None);

        Assert.IsType<BackupRestoreResult.Refused>(result);
        Assert.Equal(new BankCounts(2, 2), await store.CountsAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Restore_NotABackup_RefusedWithReason()
    {
        await using var store = await Bank.OpenAsync();
        using var other = new MemoryStream();
        using (var zip = new ZipArchive(other, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("notes.txt");
        }

        var notZip = await store.RestoreBackupAsync(new MemoryStream("plain text"u8.ToArray()), CancellationToken.None);
        var noEntry = await store.RestoreBackupAsync(new MemoryStream(other.ToArray()), CancellationToken.None);

        Assert.Contains("not a ZIP archive", Assert.IsType<BackupRestoreResult.Refused>(notZip).Reason, StringComparison.Ordinal);
        Assert.Contains("bank.json", Assert.IsType<BackupRestoreResult.Refused>(noEntry).Reason, StringComparison.Ordinal);
        Assert.Equal(new BankCounts(0, 0), await store.CountsAsync(CancellationToken.None));
    }

    /// <summary>Two documents with a history: one story changed since, one removed (in the trash).</summary>
    private static async Task<BankStore> SeededAsync(TestBank target)
    {
        var store = await target.OpenAsync();
        await store.ImportAsync([.. Samples.Bank().Select(d => Samples.File(d))], CancellationToken.None);
        var later = Samples.Bank()[0] with { Stories = [Samples.Story("abcd11110000", "Build time", "/banks/a.md", result: "Builds take one hour.")] };
        await store.ImportAsync([Samples.File(later)], CancellationToken.None);
        // Added out of order, in two cases: the archive and the list order them by company, case aside.
        await store.AddValuePackAsync(Pack("initech"), "initech.yaml", CancellationToken.None);
        await store.AddValuePackAsync(Pack("Globex"), "globex.yaml", CancellationToken.None);
        await store.SetTagsAsync("abcd11110000", [new("conflict", TagAction.Confirm), new("ownership", TagAction.Remove)], CancellationToken.None);
        return store;
    }

    private static string Pack(string company) => $"""
        company: {company}
        values:
          - id: first
            name: First
            description: "A value."
            competencies: [ownership]
            questions: ["Tell me about it."]
        """;

    private static async Task<byte[]> BackupAsync(BankStore store)
    {
        using var buffer = new MemoryStream();
        await store.WriteBackupAsync(buffer, CancellationToken.None);
        return buffer.ToArray();
    }
}

/// <summary>SQLite to SQLite.</summary>
public sealed class SqliteBankStoreBackupTests() : BankStoreBackupTests(TestBank.Sqlite(), TestBank.Sqlite());

/// <summary>SQLite to PostgreSQL: a local bank moved to a server through a backup is the same bank.</summary>
public sealed class SqliteToPostgresBackupTests() : BankStoreBackupTests(TestBank.Sqlite(), TestBank.Postgres());

/// <summary>PostgreSQL to SQLite.</summary>
public sealed class PostgresToSqliteBackupTests() : BankStoreBackupTests(TestBank.Postgres(), TestBank.Sqlite());
