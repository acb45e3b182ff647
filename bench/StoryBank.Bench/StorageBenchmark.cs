using System.Diagnostics;
using Npgsql;
using StoryBank.Core.Import;
using StoryBank.Core.Model;
using StoryBank.Storage;

namespace StoryBank.Bench;

/// <summary>
/// The bank under load: importing 10,000 stories, then list and search latency (p50/p99) with 10,000 and 100,000 stories
/// spread over 1,000 owners, on SQLite and (when STORYBANK_BENCH_POSTGRES names a server) PostgreSQL.
/// </summary>
internal static class StorageBenchmark
{
    private const int StoriesPerOwner = 100;
    private const int Samples = 300;

    public static void Run(int owners)
    {
        Console.WriteLine($"== storage: import and query latency, {owners} owners × {StoriesPerOwner} stories ==");
        var folder = Directory.CreateTempSubdirectory("storybank-bench-storage-").FullName;
        try
        {
            MeasureAsync("SQLite", BankStoreOptions.ForSqliteFile(Path.Combine(folder, "bank.db")), owners).GetAwaiter().GetResult();
            if (Environment.GetEnvironmentVariable("STORYBANK_BENCH_POSTGRES") is { Length: > 0 } server)
            {
                var database = $"storybank_bench_{Guid.NewGuid():N}";
                Execute(server, $"CREATE DATABASE {database}");
                try
                {
                    MeasureAsync("PostgreSQL", BankStoreOptions.ForPostgres(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString), owners).GetAwaiter().GetResult();
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    Execute(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
                }
            }
            else
            {
                Console.WriteLine("PostgreSQL: skipped (set STORYBANK_BENCH_POSTGRES to a server connection string)");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string provider, BankStoreOptions options, int owners)
    {
        var table = new FigureTable(provider, "figure", "value");
        var clock = Stopwatch.StartNew();
        var tenThousandOwners = Math.Min(owners, 10_000 / StoriesPerOwner);
        for (var owner = 0; owner < owners; owner++)
        {
            await using (var store = await BankStore.OpenAsync(options, $"owner-{owner:0000}", CancellationToken.None))
            {
                await store.ImportAsync([Bank(owner)], CancellationToken.None);
            }

            if (owner + 1 == tenThousandOwners)
            {
                table.Row($"import of the first {tenThousandOwners * StoriesPerOwner:N0} stories (ms)", $"{clock.ElapsedMilliseconds:N0}");
                table.Row($"  stories per second", $"{tenThousandOwners * StoriesPerOwner / clock.Elapsed.TotalSeconds:N0}");
                await LatencyAsync(table, options, tenThousandOwners, $"{tenThousandOwners * StoriesPerOwner:N0} stories");
            }
        }

        table.Row($"import of all {owners * StoriesPerOwner:N0} stories (ms)", $"{clock.ElapsedMilliseconds:N0}");
        if (owners > tenThousandOwners)
        {
            await LatencyAsync(table, options, owners, $"{owners * StoriesPerOwner:N0} stories");
        }

        table.Print();
    }

    // Each sample opens the bank as a random owner (as a hosted service would per request); opening is not timed.
    private static async Task LatencyAsync(FigureTable table, BankStoreOptions options, int owners, string size)
    {
        var random = new Random(7);
        var list = new List<double>();
        var search = new List<double>();
        for (var sample = 0; sample < Samples; sample++)
        {
            await using var owner = await BankStore.OpenAsync(options, $"owner-{random.Next(owners):0000}", CancellationToken.None);
            var clock = Stopwatch.StartNew();
            _ = await owner.ListStoriesAsync(CancellationToken.None);
            list.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            _ = await owner.SearchAsync(Words[random.Next(Words.Length)] + " migration", 20, CancellationToken.None);
            search.Add(clock.Elapsed.TotalMilliseconds);
        }

        table.Row($"list, {size}: p50 / p99 (ms)", $"{Percentile(list, 0.50):F2} / {Percentile(list, 0.99):F2}");
        table.Row($"search, {size}: p50 / p99 (ms)", $"{Percentile(search, 0.50):F2} / {Percentile(search, 0.99):F2}");
    }

    private static readonly string[] Words = ["latency", "deadline", "incident", "shim", "endpoints", "runtime"];

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    private static ImportedFile Bank(int owner)
    {
        var stories = Enumerable.Range(0, StoriesPerOwner).Select(i => new Story(
            StableId.For("bench", owner.ToString(System.Globalization.CultureInfo.InvariantCulture), i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            $"Story {i}: the {Words[i % Words.Length]} migration",
            $"Company {owner % 37}",
            null,
            FrameworkKind.STAR,
            [
                new Section(SectionKind.Situation, "Situation", $"Team {owner} had {i + 3} services on an old runtime and a deadline.", 2),
                new Section(SectionKind.Task, "Task", $"I owned moving service {i} without downtime.", 3),
                new Section(SectionKind.Action, "Action", $"I wrote a compatibility shim and migrated {i * 7 % 50 + 5} endpoints behind a flag.", 4),
                new Section(SectionKind.Result, "Result", $"We switched over with {i % 4} incidents and cut {Words[(i + 1) % Words.Length]} by {i % 30 + 10}%.", 5),
            ],
            null, [], [], [], [], [], [], "en", [], new SourceRef($"/banks/owner-{owner}.md", i * 6 + 1, i * 6 + 5))).ToList();
        var document = new Document(StableId.For("bench-doc", owner.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"Bank {owner}", new SourceRef($"/banks/owner-{owner}.md", 1, StoriesPerOwner * 6), stories, [], []);
        return new ImportedFile(document, FragmentKind.Whole, SourceFormat.Markdown, "utf-8", 0, [], new LineAccounting(0, 0, [], []));
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
