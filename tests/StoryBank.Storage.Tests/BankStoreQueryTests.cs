using Microsoft.EntityFrameworkCore;

namespace StoryBank.Storage.Tests;

/// <summary>Lookups, owner scoping and schema, run against every provider (see the sealed classes at the end).</summary>
public abstract class BankStoreQueryTests(TestBank? bank) : IDisposable
{
    private TestBank Bank => bank ?? throw new SkipException(TestBank.PostgresSkipReason);

    public void Dispose()
    {
        bank?.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableTheory]
    [InlineData("abcd11110000", "abcd11110000")]
    [InlineData("abcd1", "abcd11110000")]
    [InlineData("ABCD2", "abcd22220000")]
    [InlineData("ff00", "ff0000000000")]
    public async Task GetStoryAsync_IdOrUniquePrefix_Found(string query, string expectedId)
    {
        await using var store = await SeedAsync();

        var lookup = await store.GetStoryAsync(query, CancellationToken.None);

        Assert.Equal(expectedId, Assert.IsType<StoryLookup.Found>(lookup).Story.Id);
    }

    [SkippableFact]
    public async Task GetStoryAsync_SharedPrefix_AmbiguousWithCandidates()
    {
        await using var store = await SeedAsync();

        var lookup = await store.GetStoryAsync("abcd", CancellationToken.None);

        var ambiguous = Assert.IsType<StoryLookup.Ambiguous>(lookup);
        Assert.Equal(["abcd11110000", "abcd22220000"], ambiguous.Candidates.Select(c => c.Id));
        Assert.Equal(["One", "Two"], ambiguous.Candidates.Select(c => c.Title));
    }

    [SkippableTheory]
    [InlineData("0123")]
    [InlineData("abc")]
    [InlineData("ff0")]
    [InlineData("")]
    public async Task GetStoryAsync_NoMatchOrPrefixTooShort_NotFound(string query)
    {
        await using var store = await SeedAsync();

        var lookup = await store.GetStoryAsync(query, CancellationToken.None);

        Assert.Equal(query, Assert.IsType<StoryLookup.NotFound>(lookup).Query);
    }

    [SkippableFact]
    public async Task ListDocumentsAsync_TwoDocuments_SortedBySourceWithStoryCounts()
    {
        await using var store = await SeedAsync();

        var documents = await store.ListDocumentsAsync(CancellationToken.None);

        Assert.Equal(["b-bank.md", "z-bank.md"], documents.Select(d => d.SourceFile));
        Assert.Equal([1, 2], documents.Select(d => d.StoryCount));
    }

    [SkippableFact]
    public async Task ListStoriesAsync_TwoDocuments_SourceFileThenDocumentOrder()
    {
        await using var store = await SeedAsync();

        var stories = await store.ListStoriesAsync(CancellationToken.None);

        Assert.Equal(["ff0000000000", "abcd22220000", "abcd11110000"], stories.Select(s => s.Id));
    }

    [SkippableFact]
    public async Task StoreOfAnotherOwner_SeesNothingAndDoesNotDisturb()
    {
        await (await SeedAsync()).DisposeAsync();
        await using var other = await Bank.OpenAsync("owner-b");

        Assert.Equal(new BankCounts(0, 0), await other.CountsAsync(CancellationToken.None));
        Assert.Empty(await other.ListStoriesAsync(CancellationToken.None));
        Assert.Empty(await other.ListDocumentsAsync(CancellationToken.None));
        Assert.Null(await other.GetDocumentAsync("doc-z", CancellationToken.None));
        Assert.IsType<StoryLookup.NotFound>(await other.GetStoryAsync("abcd1", CancellationToken.None));

        var same = Samples.Document("doc-z", "z-bank.md", Samples.Story("abcd11110000", "B's own"));
        await other.ImportAsync([Samples.File(same)], CancellationToken.None);

        await using var local = await Bank.OpenAsync();
        Assert.Equal(new BankCounts(2, 3), await local.CountsAsync(CancellationToken.None));
        var lookup = await local.GetStoryAsync("abcd11110000", CancellationToken.None);
        Assert.Equal("One", Assert.IsType<StoryLookup.Found>(lookup).Story.Title);
    }

    [SkippableFact]
    public async Task OpenAsync_NewBank_CurrentSchema()
    {
        await (await Bank.OpenAsync()).DisposeAsync();

        await using var db = BankDatabase.CreateContext(Bank.Options);
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [SkippableFact]
    public void Model_ComparedWithMigrations_HasNoChangesWithoutAMigration()
    {
        using var db = BankDatabase.CreateContext(Bank.Options);

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed: add a migration with `dotnet ef migrations add`");
    }

    [SkippableFact]
    public async Task DeletingADocumentRow_CascadesToItsStories()
    {
        await (await SeedAsync()).DisposeAsync();
        await using (var db = BankDatabase.CreateContext(Bank.Options))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM documents WHERE id = 'doc-z'");
        }

        await using var store = await Bank.OpenAsync();
        Assert.Equal(new BankCounts(1, 1), await store.CountsAsync(CancellationToken.None));
    }

    private async Task<BankStore> SeedAsync()
    {
        var store = await Bank.OpenAsync();
        await store.ImportAsync(
            [
                Samples.File(Samples.Document("doc-z", "z-bank.md", Samples.Story("abcd22220000", "Two"), Samples.Story("abcd11110000", "One"))),
                Samples.File(Samples.Document("doc-b", "b-bank.md", Samples.Story("ff0000000000", "Three"))),
            ],
            CancellationToken.None);
        return store;
    }
}

public sealed class SqliteBankStoreQueryTests() : BankStoreQueryTests(TestBank.Sqlite());

public sealed class PostgresBankStoreQueryTests() : BankStoreQueryTests(TestBank.Postgres());
