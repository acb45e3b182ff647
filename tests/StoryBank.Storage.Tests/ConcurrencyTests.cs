using System.Collections.Concurrent;

namespace StoryBank.Storage.Tests;

/// <summary>
/// Eight writers edit the same fifty stories at once: no accepted edit is lost (each is a revision in the history, and
/// the newest one is the story), and every refused edit was refused as stale. Runs against every provider.
/// </summary>
public abstract class ConcurrencyTests(TestBank? bank) : IDisposable
{
    private const int Writers = 8;
    private const int Stories = 50;

    private TestBank Bank => bank ?? throw new SkipException(TestBank.PostgresSkipReason);

    public void Dispose()
    {
        bank?.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task EightWritersOnFiftyStories_NoLostUpdateAndEveryRefusalTold()
    {
        var ids = Enumerable.Range(0, Stories).Select(i => $"cc{i:0000000000}").ToList();
        await using (var seed = await Bank.OpenAsync())
        {
            await seed.ImportAsync([Samples.File(Samples.Document("doc", "bank.md", [.. ids.Select(id => Samples.Story(id, "Original"))]))], CancellationToken.None);
        }

        var seconds = int.TryParse(Environment.GetEnvironmentVariable("STORYBANK_CONCURRENCY_SECONDS"), out var s) && s > 0 ? s : 30;
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var accepted = new ConcurrentBag<(string Id, int Version, string Title)>();
        var refused = 0;
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            await using var store = await Bank.OpenAsync();
            for (var edit = 0; DateTime.UtcNow < deadline; edit++)
            {
                var id = ids[random.Next(ids.Count)];
                var found = Assert.IsType<StoryLookup.Found>(await store.GetStoryAsync(id, CancellationToken.None));
                var title = $"writer {writer} edit {edit}";
                switch (await store.SaveEditAsync(found.Story with { Title = title }, found.Version, CancellationToken.None))
                {
                    case EditResult.Saved saved:
                        accepted.Add((id, saved.Version, title));
                        break;
                    case EditResult.Stale stale:
                        Assert.Contains("changed since you opened it", stale.Message, StringComparison.Ordinal);
                        Interlocked.Increment(ref refused);
                        break;
                    case var other:
                        Assert.Fail($"unexpected result {other}");
                        break;
                }
            }
        })).ToList();
        await Task.WhenAll(writers);

        Assert.NotEmpty(accepted);
        await using var check = await Bank.OpenAsync();
        foreach (var group in accepted.GroupBy(a => a.Id))
        {
            var history = await check.HistoryAsync(group.Key, CancellationToken.None);
            // Revision 1 is the import; every accepted edit is exactly one later revision, with its own text.
            Assert.Equal(group.Count() + 1, history.Count);
            foreach (var edit in group)
            {
                Assert.Equal(edit.Title, history.Single(r => r.Revision == edit.Version).Story.Title);
            }

            var current = Assert.IsType<StoryLookup.Found>(await check.GetStoryAsync(group.Key, CancellationToken.None));
            Assert.Equal(group.MaxBy(e => e.Version).Title, current.Story.Title);
        }

        Console.WriteLine($"{GetType().Name}: {accepted.Count} edits saved, {refused} refused as stale in {seconds} s");
    }
}

public sealed class SqliteConcurrencyTests() : ConcurrencyTests(TestBank.Sqlite());

public sealed class PostgresConcurrencyTests() : ConcurrencyTests(TestBank.Postgres());
