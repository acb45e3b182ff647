using System.Globalization;
using StoryBank.Bench;

const string Usage = """
    usage: StoryBank.Bench [mode] [options]
      folder [--files 500] [--kb 100]   bulk import of a generated folder vs Markdig's parse; memory as the folder grows
      single [--mb 50]                  one huge generated bank: time, stories, peak memory
      seeds                             whole-process `storybank import` of $STORYBANK_SEEDS (5 runs)
      micro [BenchmarkDotNet options]   BenchmarkDotNet: one ~100 KB bank, import vs Markdig parse
      storage [--owners 1000]           the bank: import 10,000 stories; list/search p50/p99 at 10,000 and 100,000 stories
                                        over 1,000 owners; SQLite, and PostgreSQL when STORYBANK_BENCH_POSTGRES is set
      all                               folder, single and seeds with their defaults (the default mode)
      lint [--kb 1024]                  the coach in-process on one generated bank: import vs lint, MB/s, time per rule
      match [--stories 1000]            the matcher in-process: index build, then p50/p90/p99 query latency (target p99 < 20 ms)
      match-eval                        matching vs BM25 on the mappings $STORYBANK_SEEDS state (leave-one-out)
      match-tune                        the same over a grid of weights, ranked by seed 004 (001 and 002 held out)
      match-blind --out DIR | --score DIR   a blind reader study of the seeds' mappings: write the stories (titles and
                                        text only) and queries for a reader; score the readers' and the matcher's picks
      similar [--stories 1000]          story similarity in-process: profiles, then every pair compared (target under 1 s)
      sample [--seed 1000] [--kb 100]   print one generated bank to standard output
    """;

var mode = args.Length > 0 ? args[0] : "all";
var options = args.Skip(1).ToArray();
try
{
    switch (mode)
    {
        case "folder":
            var folder = ParseOptions(options, "--files", "--kb");
            FolderBenchmark.Run(folder.GetValueOrDefault("--files", 500), folder.GetValueOrDefault("--kb", 100));
            break;
        case "single":
            SingleFileBenchmark.Run(ParseOptions(options, "--mb").GetValueOrDefault("--mb", 50));
            break;
        case "seeds":
            ParseOptions(options);
            SeedsBenchmark.Run();
            break;
        case "storage":
            StorageBenchmark.Run(ParseOptions(options, "--owners").GetValueOrDefault("--owners", 1000));
            break;
        case "micro":
            ImportMicroBenchmark.Run(options);
            break;
        case "lint":
            LintBenchmark.Run(ParseOptions(options, "--kb").GetValueOrDefault("--kb", 1024));
            break;
        case "match":
            MatchBenchmark.Run(ParseOptions(options, "--stories").GetValueOrDefault("--stories", 1000));
            break;
        case "match-eval":
            ParseOptions(options);
            MatchEvaluationBenchmark.Evaluate();
            break;
        case "match-tune":
            ParseOptions(options);
            MatchEvaluationBenchmark.Tune();
            break;
        case "match-blind":
            MatchBlindStudy.Run(options);
            break;
        case "similar":
            SimilarBenchmark.Run(ParseOptions(options, "--stories").GetValueOrDefault("--stories", 1000));
            break;
        case "sample":
            var sample = ParseOptions(options, "--seed", "--kb");
            BankGenerator.Write(Console.Out, sample.GetValueOrDefault("--seed", 1000), sample.GetValueOrDefault("--kb", 100) * 1024L);
            break;
        case "all":
            ParseOptions(options);
            FolderBenchmark.Run(files: 500, kilobytes: 100);
            Console.WriteLine();
            SingleFileBenchmark.Run(megabytes: 50);
            Console.WriteLine();
            SeedsBenchmark.Run();
            break;
        default:
            throw new ArgumentException($"unknown mode '{mode}'");
    }
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

return 0;

static Dictionary<string, int> ParseOptions(string[] options, params string[] known)
{
    var values = new Dictionary<string, int>(StringComparer.Ordinal);
    for (var i = 0; i < options.Length; i += 2)
    {
        var name = options[i];
        if (!known.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"unknown option '{name}'");
        }

        if (i + 1 >= options.Length || !int.TryParse(options[i + 1], CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new ArgumentException($"{name} needs a positive whole number");
        }

        values[name] = value;
    }

    return values;
}
