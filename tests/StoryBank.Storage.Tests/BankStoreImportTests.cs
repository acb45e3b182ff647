using StoryBank.Core.Import;

namespace StoryBank.Storage.Tests;

/// <summary>Import semantics, run against every provider (see the sealed classes at the end).</summary>
public abstract class BankStoreImportTests(TestBank? bank) : IDisposable
{
    private TestBank Bank => bank ?? throw new SkipException(TestBank.PostgresSkipReason);

    public void Dispose()
    {
        bank?.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task ImportAsync_WholeDocument_ReadsBackEqualAfterReopening()
    {
        var document = Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000001", "Build time"), Samples.Story("aaaa00000002", "Outage"));
        await using (var store = await Bank.OpenAsync())
        {
            var counts = await store.ImportAsync([Samples.File(document)], CancellationToken.None);
            Assert.Equal([new ImportCounts("doc1", 2, 0, 0, 0)], counts);
        }

        await using var reopened = await Bank.OpenAsync();
        var stored = await reopened.GetDocumentAsync("doc1", CancellationToken.None);
        Assert.Equal(Samples.Json(document), Samples.Json(stored));
        Assert.Equal(Samples.Json(document.Stories), Samples.Json(await reopened.ListStoriesAsync(CancellationToken.None)));
        Assert.Equal(new BankCounts(1, 2), await reopened.CountsAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task ImportAsync_SameDocumentAgain_AllStoriesUnchanged()
    {
        var document = Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000001", "Build time"), Samples.Story("aaaa00000002", "Outage"));
        await using var store = await Bank.OpenAsync();
        await store.ImportAsync([Samples.File(document)], CancellationToken.None);

        var counts = await store.ImportAsync([Samples.File(document)], CancellationToken.None);

        Assert.Equal([new ImportCounts("doc1", 0, 0, 0, 2)], counts);
        Assert.Equal(new BankCounts(1, 2), await store.CountsAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task ImportAsync_ChangedDocument_UpdatesInsertsAndDeletesByStoryId()
    {
        var first = Samples.Document("doc1", "bank.md", Samples.Story("a1", "One"), Samples.Story("b2", "Two"), Samples.Story("c3", "Three"));
        var second = Samples.Document("doc1", "bank.md", Samples.Story("a1", "One", result: "A different result."), Samples.Story("b2", "Two"), Samples.Story("d4", "Four"));
        await using var store = await Bank.OpenAsync();
        await store.ImportAsync([Samples.File(first)], CancellationToken.None);

        var counts = await store.ImportAsync([Samples.File(second)], CancellationToken.None);

        Assert.Equal([new ImportCounts("doc1", Inserted: 1, Updated: 1, Deleted: 1, Unchanged: 1)], counts);
        var stored = await store.GetDocumentAsync("doc1", CancellationToken.None);
        Assert.Equal(Samples.Json(second), Samples.Json(stored));
        Assert.IsType<StoryLookup.NotFound>(await store.GetStoryAsync("c3", CancellationToken.None));
    }

    [SkippableFact]
    public async Task ImportAsync_StoryFragment_UpdatesThatStoryAndKeepsTheOthers()
    {
        var document = Samples.Document("doc1", "bank.md", Samples.Story("a1", "One"), Samples.Story("b2", "Two"));
        var changed = Samples.Story("a1", "One", result: "Edited in the export.");
        var added = Samples.Story("e5", "Five");
        await using var store = await Bank.OpenAsync();
        await store.ImportAsync([Samples.File(document)], CancellationToken.None);

        var counts = await store.ImportAsync(
            [Samples.File(document with { Stories = [changed, added] }, FragmentKind.Story)],
            CancellationToken.None);

        Assert.Equal([new ImportCounts("doc1", Inserted: 1, Updated: 1, Deleted: 0, Unchanged: 0)], counts);
        var stored = await store.GetDocumentAsync("doc1", CancellationToken.None);
        Assert.Equal(Samples.Json(new[] { changed, document.Stories[1], added }), Samples.Json(stored!.Stories));
        Assert.Equal(Samples.Json(document.Blocks), Samples.Json(stored.Blocks));
    }

    [SkippableFact]
    public async Task ImportAsync_StoryFragmentOfUnknownDocument_CreatesAnEmptyDocument()
    {
        var story = Samples.Story("a1", "One");
        var fragment = Samples.Document("doc9", "export/doc9/one.md", story);
        await using var store = await Bank.OpenAsync();

        await store.ImportAsync([Samples.File(fragment, FragmentKind.Story)], CancellationToken.None);

        var stored = await store.GetDocumentAsync("doc9", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Empty(stored.Blocks);
        Assert.Empty(stored.Mappings);
        Assert.Equal(Samples.Json(new[] { story }), Samples.Json(stored.Stories));
    }

    [SkippableFact]
    public async Task ImportAsync_IndexFragment_ReplacesDocumentRowAndKeepsStories()
    {
        var document = Samples.Document("doc1", "bank.md", Samples.Story("a1", "One"));
        var index = document with { Title = "Renamed bank", Stories = [] };
        await using var store = await Bank.OpenAsync();
        await store.ImportAsync([Samples.File(document)], CancellationToken.None);

        var counts = await store.ImportAsync([Samples.File(index, FragmentKind.Index)], CancellationToken.None);

        Assert.Equal([new ImportCounts("doc1", 0, 0, 0, 0)], counts);
        var stored = await store.GetDocumentAsync("doc1", CancellationToken.None);
        Assert.Equal("Renamed bank", stored!.Title);
        Assert.Equal(Samples.Json(document.Stories), Samples.Json(stored.Stories));
    }

    [SkippableFact]
    public async Task ImportAsync_FileFailsAfterOthersWereWritten_BankIsExactlyAsBefore()
    {
        var original = Samples.Document("doc1", "bank.md", Samples.Story("a1", "One"));
        var edited = Samples.Document("doc1", "bank.md", Samples.Story("a1", "One", result: "Changed."));
        var broken = Samples.Document("doc2", "broken.md", Samples.Story("b2", "Two"), Samples.Story("b2", "Two again"));
        await using var store = await Bank.OpenAsync();
        await store.ImportAsync([Samples.File(original)], CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.ImportAsync([Samples.File(edited), Samples.File(broken)], CancellationToken.None));

        Assert.Equal(new BankCounts(1, 1), await store.CountsAsync(CancellationToken.None));
        Assert.Equal(Samples.Json(original), Samples.Json(await store.GetDocumentAsync("doc1", CancellationToken.None)));
    }

    [SkippableFact]
    public async Task ImportAsync_CancelledAfterFirstFile_NothingIsWritten()
    {
        using var cancellation = new CancellationTokenSource();
        await using var store = await Bank.OpenAsync();

        async IAsyncEnumerable<ImportedFile> FilesThenCancel()
        {
            yield return Samples.File(Samples.Document("doc1", "one.md", Samples.Story("a1", "One")));
            await cancellation.CancelAsync();
            yield return Samples.File(Samples.Document("doc2", "two.md", Samples.Story("b2", "Two")));
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportAsync(FilesThenCancel(), cancellation.Token));

        Assert.Equal(new BankCounts(0, 0), await store.CountsAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task BeginImportAsync_DisposedWithoutCommit_RollsBack()
    {
        await using var store = await Bank.OpenAsync();
        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.AddAsync(Samples.File(Samples.Document("doc1", "one.md", Samples.Story("a1", "One"))), CancellationToken.None);
        }

        Assert.Equal(new BankCounts(0, 0), await store.CountsAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task AddAsync_AfterAFailedFile_IsRefused()
    {
        await using var store = await Bank.OpenAsync();
        await using var import = await store.BeginImportAsync(CancellationToken.None);
        var broken = Samples.Document("doc2", "broken.md", Samples.Story("b2", "Two"), Samples.Story("b2", "Two again"));
        await Assert.ThrowsAsync<ArgumentException>(() => import.AddAsync(Samples.File(broken), CancellationToken.None));

        var good = Samples.File(Samples.Document("doc1", "one.md", Samples.Story("a1", "One")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => import.AddAsync(good, CancellationToken.None));
    }
}

public sealed class SqliteBankStoreImportTests() : BankStoreImportTests(TestBank.Sqlite());

public sealed class PostgresBankStoreImportTests() : BankStoreImportTests(TestBank.Postgres());
