using System.Diagnostics;

namespace StoryBank.Bench;

/// <summary>Whole-process time of <c>storybank import</c> of the seed banks, as a user would run it.</summary>
internal static class SeedsBenchmark
{
    private const int Runs = 5;

    public static void Run()
    {
        Console.WriteLine("== seeds: whole-process `storybank import` of the seed banks ==");
        var seeds = Environment.GetEnvironmentVariable("STORYBANK_SEEDS");
        if (string.IsNullOrEmpty(seeds))
        {
            Console.WriteLine("skipped: STORYBANK_SEEDS is unset");
            return;
        }

        var files = Directory.GetFiles(seeds).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.WriteLine($"skipped: no files in STORYBANK_SEEDS ({seeds})");
            return;
        }

        var cli = FindOrBuildCli();
        if (cli is null)
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("storybank-bench-seeds-");
        try
        {
            var table = new FigureTable($"`dotnet {cli} --db <fresh temp db> import` of {files.Length} files, {Runs} runs", "run", "ms", "exit code", "database created");
            var times = new List<TimeSpan>(Runs);
            CliRun? last = null;
            for (var run = 1; run <= Runs; run++)
            {
                var database = Path.Combine(folder.FullName, $"run-{run}.db");
                last = RunCli([cli, "--db", database, "import", .. files]);
                times.Add(last.Elapsed);
                table.Row(run, $"{last.Elapsed.TotalMilliseconds:F0}", last.ExitCode, File.Exists(database) ? "yes" : "no");
            }

            table.Print();
            Console.WriteLine($"last run's output: {FirstLines(last!.Output)}");
            var timing = new Timing(times);
            Console.WriteLine(
                $"SUMMARY seeds: storybank import of {files.Length} files as a whole process: min {timing.Min.TotalMilliseconds:F0} ms, " +
                $"median {timing.Median.TotalMilliseconds:F0} ms, exit code of last run {last.ExitCode}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? FindOrBuildCli()
    {
        var repo = RepositoryRoot();
        if (repo is null)
        {
            Console.WriteLine($"skipped: no StoryBank.slnx above {AppContext.BaseDirectory}");
            return null;
        }

        var cli = Path.Combine(repo, "artifacts", "cli", "storybank.dll");
        if (File.Exists(cli))
        {
            Console.WriteLine($"using {cli}, built {File.GetLastWriteTime(cli):yyyy-MM-dd HH:mm} (delete artifacts/cli to rebuild it)");
            return cli;
        }

        Console.WriteLine($"{cli} is missing; building src/StoryBank.Cli in Release…");
        var build = RunCli(["build", Path.Combine(repo, "src", "StoryBank.Cli", "StoryBank.Cli.csproj"), "-c", "Release", "-o", Path.GetDirectoryName(cli)!, "--nologo", "-v", "quiet"]);
        if (build.ExitCode != 0 || !File.Exists(cli))
        {
            Console.WriteLine($"skipped: building the CLI failed (exit code {build.ExitCode}): {FirstLines(build.Output)}");
            return null;
        }

        return cli;
    }

    /// <summary>The repository the bench runs from (where StoryBank.slnx is), or null.</summary>
    internal static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StoryBank.slnx")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static CliRun RunCli(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        return new CliRun(elapsed, process.ExitCode, output.Result + errors.Result);
    }

    private static string FirstLines(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(none)" : string.Join(" | ", lines.Take(3));
    }

    private sealed record CliRun(TimeSpan Elapsed, int ExitCode, string Output);
}
