using System.CommandLine;
using System.Globalization;
using StoryBank.Cli.Catalog;
using StoryBank.Cli.Matching;
using StoryBank.Core.Matching;
using StoryBank.Core.Planning.Similarity;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank similar</c>: the pairs of stories too alike to back each other up, with the reasons.</summary>
internal static class SimilarCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var threshold = new Option<double>("--threshold")
        {
            Description = "The least likeness listed, 0–1: the share of competency weight two stories of one project have in common, or of their wording",
            HelpName = "T",
            DefaultValueFactory = _ => StorySimilarity.DefaultThreshold,
        };
        var wordsOnly = MeaningSupport.WordsOnlyOption();
        wordsOnly.Description = "Compare by projects, competencies and wording only, without the sentence-embedding model";
        var command = new Command("similar", "List the pairs of stories too alike to back each other up: same project and competencies, near-duplicate text, or the same meaning") { threshold, wordsOnly };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var level = parse.GetValue(threshold);
            if (StorySimilarity.ProblemWith(level) is { } problem)
            {
                return terminal.Fail(problem);
            }

            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var documents = await BankDocuments.ReadAsync(store, cancellationToken).ConfigureAwait(false);
                var stories = documents.SelectMany(d => d.Stories).ToList();
                if (stories.Count == 0)
                {
                    return terminal.Fail(BankDocuments.EmptyBank);
                }

                var tags = await StoryTags.LoadAsync(store, cancellationToken).ConfigureAwait(false);
                var profiles = stories.Select(s => StoryProfiler.Default.Profile(s, tags.For(s.Id))).ToList();
                using var meaning = MeaningSupport.Open(host, parse.GetValue(wordsOnly), stories, []);
                var pairs = StorySimilarity.Find(stories, profiles, level, meaning?.Encoder);
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(pairs.Select(ToJson));
                    return Terminal.Success;
                }

                Show(terminal, pairs, stories.Count, level);
                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static object ToJson(SimilarPair pair) => new
    {
        first = new { id = pair.First.Id, title = pair.First.Title },
        second = new { id = pair.Second.Id, title = pair.Second.Title },
        score = pair.Score,
        kinds = pair.Kinds.Select(KindName),
        reasons = pair.Reasons,
    };

    private static string KindName(LikenessKind kind) => kind switch
    {
        LikenessKind.SameProject => "same-project",
        LikenessKind.SameMeaning => "same-meaning",
        _ => "near-duplicate-text",
    };

    private static void Show(Terminal terminal, IReadOnlyList<SimilarPair> pairs, int stories, double threshold)
    {
        var level = threshold.ToString("0.00", CultureInfo.InvariantCulture);
        if (pairs.Count == 0)
        {
            terminal.Line($"No two of the {stories} stories are alike at {level} or more: each can back up another.");
            return;
        }

        foreach (var pair in pairs)
        {
            terminal.Line($"{pair.Score.ToString("0.00", CultureInfo.InvariantCulture)}  {pair.First.Title} ({pair.First.Id})  ~  {pair.Second.Title} ({pair.Second.Id})");
            foreach (var reason in pair.Reasons)
            {
                terminal.Line($"      • {reason}");
            }
        }

        terminal.Line($"{pairs.Count} pair{(pairs.Count == 1 ? "" : "s")} of the {stories} stories alike at {level} or more: tell one of each, and find another backup for the other.");
    }
}
