namespace StoryBank.Storage.Tests;

/// <summary>Revision history, trash and undelete, run against every provider (see the sealed classes at the end).</summary>
public abstract class BankStoreHistoryTests(TestBank? bank) : IDisposable
{
    private TestBank Bank => bank ?? throw new SkipException(TestBank.PostgresSkipReason);

    public void Dispose()
    {
        bank?.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task Import_ChangedThenRemoved_EveryVersionKeptAndDeletionMarked()
    {
        await using var store = await Bank.OpenAsync();
        var first = Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000001", "Build time"), Samples.Story("aaaa00000002", "Outage"));
        var changed = Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000001", "Build time", result: "Builds take one hour."), Samples.Story("aaaa00000002", "Outage"));
        var removed = Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000002", "Outage"));

        foreach (var version in new[] { first, changed, changed, removed })
        {
            await store.ImportAsync([Samples.File(version)], CancellationToken.None);
        }

        var history = await store.HistoryAsync("aaaa00000001", CancellationToken.None);
        Assert.Equal([1, 2, 3], history.Select(r => r.Revision));
        Assert.Equal([RevisionChange.Import, RevisionChange.Import, RevisionChange.Delete], history.Select(r => r.Change));
        Assert.Equal("Builds take two hours.", history[0].Story.SectionOf(Core.Model.SectionKind.Result)!.Text);
        Assert.Equal("Builds take one hour.", history[2].Story.SectionOf(Core.Model.SectionKind.Result)!.Text);
        Assert.Single(await store.HistoryAsync("aaaa00000002", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Undelete_StoryInTrash_BackWithItsLastVersionAndOutOfTheTrash()
    {
        await using var store = await Bank.OpenAsync();
        await store.ImportAsync([Samples.File(Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000001", "Build time"), Samples.Story("aaaa00000002", "Outage")))], CancellationToken.None);
        await store.ImportAsync([Samples.File(Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000002", "Outage")))], CancellationToken.None);

        var trash = await store.TrashAsync(CancellationToken.None);
        var (story, error) = await store.UndeleteAsync("aaaa00000001", CancellationToken.None);

        Assert.Equal(["aaaa00000001"], trash.Select(r => r.StoryId));
        Assert.Null(error);
        Assert.Equal("Build time", story!.Title);
        Assert.Empty(await store.TrashAsync(CancellationToken.None));
        Assert.Equal(2, (await store.ListStoriesAsync(CancellationToken.None)).Count);
        Assert.Equal(RevisionChange.Undelete, (await store.HistoryAsync("aaaa00000001", CancellationToken.None))[^1].Change);
        Assert.NotNull((await store.UndeleteAsync("aaaa00000001", CancellationToken.None)).Error);
    }

    [SkippableFact]
    public async Task SaveEdit_TwoEditorsFromTheSameVersion_SecondIsRefusedAndToldWhatChanged()
    {
        await using (var seed = await Bank.OpenAsync())
        {
            await seed.ImportAsync([Samples.File(Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000001", "Build time")))], CancellationToken.None);
        }

        await using var alice = await Bank.OpenAsync();
        await using var bob = await Bank.OpenAsync();
        var aliceCopy = Assert.IsType<StoryLookup.Found>(await alice.GetStoryAsync("aaaa00000001", CancellationToken.None));
        var bobCopy = Assert.IsType<StoryLookup.Found>(await bob.GetStoryAsync("aaaa00000001", CancellationToken.None));

        var first = await alice.SaveEditAsync(aliceCopy.Story with { Title = "Build time, parallelised" }, aliceCopy.Version, CancellationToken.None);
        var second = await bob.SaveEditAsync(bobCopy.Story with { Title = "Build time (Bob)" }, bobCopy.Version, CancellationToken.None);

        Assert.Equal(new EditResult.Saved(aliceCopy.Version + 1), first);
        var stale = Assert.IsType<EditResult.Stale>(second);
        Assert.Contains($"revision {aliceCopy.Version + 1} (Edit", stale.Message, StringComparison.Ordinal);
        var current = Assert.IsType<StoryLookup.Found>(await bob.GetStoryAsync("aaaa00000001", CancellationToken.None));
        Assert.Equal("Build time, parallelised", current.Story.Title);
        Assert.Equal(RevisionChange.Edit, (await alice.HistoryAsync("aaaa00000001", CancellationToken.None))[^1].Change);
        // The search index follows edits too.
        Assert.Equal(["aaaa00000001"], (await bob.SearchAsync("parallelised", 10, CancellationToken.None)).Select(h => h.Story.Id));
        Assert.Empty(await bob.SearchAsync("Bob", 10, CancellationToken.None));
    }

    [SkippableFact]
    public async Task OtherOwner_SameIds_CannotChangeRemoveOrEditTheFirstOwnersStories()
    {
        await using var alice = await Bank.OpenAsync();
        await alice.ImportAsync([Samples.File(Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000001", "Build time"), Samples.Story("aaaa00000002", "Outage")))], CancellationToken.None);
        var before = Samples.Json(await alice.ListStoriesAsync(CancellationToken.None));
        await using var mallory = await Bank.OpenAsync("owner-b");

        await mallory.ImportAsync([Samples.File(Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000001", "Hijacked")))], CancellationToken.None);
        var edit = await mallory.SaveEditAsync(Samples.Story("aaaa00000002", "Hijacked too"), 1, CancellationToken.None);
        var revert = await mallory.RevertAsync("aaaa00000002", 1, CancellationToken.None);

        Assert.IsType<EditResult.Refused>(edit);
        Assert.NotNull(revert.Error);
        Assert.Equal(before, Samples.Json(await alice.ListStoriesAsync(CancellationToken.None)));
        Assert.Empty(await alice.TrashAsync(CancellationToken.None));
        Assert.Equal(["Hijacked"], (await mallory.ListStoriesAsync(CancellationToken.None)).Select(s => s.Title));
    }

    [SkippableFact]
    public async Task History_OtherOwner_SeesNothing()
    {
        await using (var store = await Bank.OpenAsync())
        {
            await store.ImportAsync([Samples.File(Samples.Document("doc1", "bank.md", Samples.Story("aaaa00000001", "Build time")))], CancellationToken.None);
        }

        await using var other = await Bank.OpenAsync("owner-b");
        Assert.Empty(await other.HistoryAsync("aaaa00000001", CancellationToken.None));
        Assert.Null((await other.ResolveRevisedStoryAsync("aaaa", CancellationToken.None)).StoryId);
        Assert.NotNull((await other.UndeleteAsync("aaaa00000001", CancellationToken.None)).Error);
    }
}

public sealed class SqliteBankStoreHistoryTests() : BankStoreHistoryTests(TestBank.Sqlite());

public sealed class PostgresBankStoreHistoryTests() : BankStoreHistoryTests(TestBank.Postgres());
