using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace StoryBank.Cli.Tests;

/// <summary>
/// A <c>storybank import</c> process killed with SIGKILL at a random moment leaves a bank that opens, passes its
/// integrity check, and holds all of that import or none of it.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Files = 40;
    private const int StoriesPerFile = 60;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ImportKilledAtRandomMoments_BankIsIntactAndAllOrNothing()
    {
        var folder = WriteLargeBank();
        var random = new Random(20261123);
        var kills = int.TryParse(Environment.GetEnvironmentVariable("STORYBANK_CRASH_RUNS"), out var n) && n > 0 ? n : 5;
        var killedMidImport = 0;
        for (var run = 0; run < kills; run++)
        {
            var db = Path.Combine(_cli.Folder, $"crash-{run}.db");
            killedMidImport += await ImportAndKillAsync(folder, db, TimeSpan.FromMilliseconds(random.Next(800, 4000))) ? 1 : 0;

            var (integrity, stories, orphans) = Inspect(db);
            Assert.Equal("ok", integrity);
            Assert.Equal(0, orphans);
            Assert.True(stories is 0 or Files * StoriesPerFile, $"run {run}: {stories} stories is neither none nor all of the import");
        }

        // Kills that came after the bank file existed and before the process ended: the interesting ones.
        Assert.True(killedMidImport > 0, "no run was killed while the import was writing; the delays need adjusting");

        // The bank still opens for the command line after every kill.
        Assert.Equal(0, (await _cli.RunAsync("list", "--json", "--db", Path.Combine(_cli.Folder, "crash-0.db"))).ExitCode);
    }

    /// <summary>Runs the import and kills it after <paramref name="after"/>; true when it was killed while writing the bank.</summary>
    private static async Task<bool> ImportAndKillAsync(string folder, string db, TimeSpan after)
    {
        var cli = typeof(StoryBankCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "import", folder, "--db", db })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;

        // Drained so that a full pipe can never block the child (or the wait for it).
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var killed = false;
        if (await Task.WhenAny(exited, Task.Delay(after)) != exited)
        {
            killed = File.Exists(db);
            process.Kill(entireProcessTree: true); // SIGKILL on Unix: no chance to clean up
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return killed;
    }

    private static (string Integrity, int Stories, int Orphans) Inspect(string db)
    {
        if (!File.Exists(db))
        {
            return ("ok", 0, 0);
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        string Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }

        var hasTables = Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'stories'") == "1";
        return (
            Scalar("PRAGMA integrity_check"),
            hasTables ? int.Parse(Scalar("SELECT count(*) FROM stories"), System.Globalization.CultureInfo.InvariantCulture) : 0,
            hasTables ? int.Parse(Scalar("SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.owner_id = s.owner_id AND d.id = s.document_id)"), System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    private string WriteLargeBank()
    {
        var folder = Path.Combine(_cli.Folder, "large");
        Directory.CreateDirectory(folder);
        for (var file = 0; file < Files; file++)
        {
            var text = new StringBuilder($"# Bank {file}\n\n");
            for (var story = 0; story < StoriesPerFile; story++)
            {
                text.Append($"## {story + 1}. Story {file}-{story}: shipping the {story}th migration\n")
                    .Append($"**Situation:** Team {file} had {story + 3} services on an old runtime and a deadline in {story % 9 + 2} weeks.\n")
                    .Append($"**Task:** I owned moving service {story} without downtime.\n")
                    .Append($"**Action:** I wrote a compatibility shim, migrated {story * 7 % 50 + 5} endpoints behind a flag, and ran both paths for a week.\n")
                    .Append($"**Result:** We switched over with {story % 4} incidents and cut latency by {story % 30 + 10}%.\n\n");
            }

            File.WriteAllText(Path.Combine(folder, $"bank-{file:00}.md"), text.ToString());
        }

        return folder;
    }
}
