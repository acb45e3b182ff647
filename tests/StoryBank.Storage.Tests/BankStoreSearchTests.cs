using StoryBank.Core.Model;

namespace StoryBank.Storage.Tests;

/// <summary>Full-text search, run against every provider (see the sealed classes at the end).</summary>
public abstract class BankStoreSearchTests(TestBank? bank) : IDisposable
{
    private TestBank Bank => bank ?? throw new SkipException(TestBank.PostgresSkipReason);

    public void Dispose()
    {
        bank?.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task SearchAsync_WordInText_FindsStoryWithStemming()
    {
        await using var store = await SeedAsync();

        var hits = await store.SearchAsync("deployment", 10, CancellationToken.None);

        Assert.Equal(["cccc00000001"], hits.Select(h => h.Story.Id));
    }

    [SkippableFact]
    public async Task SearchAsync_EveryWordMustMatch_TitleRanksFirst()
    {
        await using var store = await SeedAsync();

        var both = await store.SearchAsync("queue latency", 10, CancellationToken.None);
        var queue = await store.SearchAsync("queue", 10, CancellationToken.None);

        Assert.Equal(["cccc00000002"], both.Select(h => h.Story.Id));
        Assert.Equal(["cccc00000002", "cccc00000001"], queue.Select(h => h.Story.Id));
    }

    [SkippableFact]
    public async Task SearchAsync_QuerySyntaxCharacters_AreTreatedAsPlainWords()
    {
        await using var store = await SeedAsync();

        var hits = await store.SearchAsync("\"queue\" * ( -latency: & | ^", 10, CancellationToken.None);

        Assert.Contains(hits, h => h.Story.Id == "cccc00000002");
        Assert.Empty(await store.SearchAsync("  ?!* ", 10, CancellationToken.None));
    }

    [SkippableFact]
    public async Task SearchAsync_AfterReimportAndRemoval_FollowsTheBank()
    {
        await using var store = await SeedAsync();
        var changed = Story("cccc00000002", "Queue latency", "The consumer lag disappeared after sharding.");

        await store.ImportAsync([Samples.File(Samples.Document("doc-s", "s.md", changed))], CancellationToken.None);

        Assert.Equal(["cccc00000002"], (await store.SearchAsync("sharding", 10, CancellationToken.None)).Select(h => h.Story.Id));
        Assert.Empty(await store.SearchAsync("deployment", 10, CancellationToken.None));
    }

    [SkippableFact]
    public async Task SearchAsync_OtherOwner_FindsNothing()
    {
        await (await SeedAsync()).DisposeAsync();
        await using var other = await Bank.OpenAsync("owner-b");

        Assert.Empty(await other.SearchAsync("queue", 10, CancellationToken.None));
    }

    private async Task<BankStore> SeedAsync()
    {
        var store = await Bank.OpenAsync();
        await store.ImportAsync(
            [Samples.File(Samples.Document("doc-s", "s.md",
                Story("cccc00000001", "Release train", "I moved us to weekly deployments; the queue of waiting changes shrank."),
                Story("cccc00000002", "Queue latency", "Consumers fell behind at peak; I added back-pressure."))),
            ],
            CancellationToken.None);
        return store;
    }

    private static Story Story(string id, string title, string action) =>
        Samples.Story(id, title) with
        {
            Sections = [new Section(SectionKind.Action, "Action", action, 5)],
            ShortVersion = null,
            FollowUps = [],
            BestFor = [],
            Competencies = [],
            Metrics = [],
            Tags = [],
            Company = null,
            Project = null,
        };
}

public sealed class SqliteBankStoreSearchTests() : BankStoreSearchTests(TestBank.Sqlite());

public sealed class PostgresBankStoreSearchTests() : BankStoreSearchTests(TestBank.Postgres());
