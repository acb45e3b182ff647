using System.CommandLine;
using StoryBank.Cli.Catalog;
using StoryBank.Cli.Matching;
using StoryBank.Cli.Planning;
using StoryBank.Core.Matching;
using StoryBank.Core.Planning;
using StoryBank.Core.Planning.Similarity;

namespace StoryBank.Cli.Commands;

/// <summary>
/// <c>storybank plan --company NAME</c>: the stories to prepare for a company's loop, a go-to and backup for every
/// value, the gaps to write stories for, the stories leaned on too much and, with <c>--rounds</c>, a story per value
/// per round that is never told twice.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var company = new Option<string>("--company") { Description = "The company whose value pack to plan for (name or alias)", HelpName = "NAME", Required = true };
        var stories = new Option<int>("--stories")
        {
            Description = $"How many stories to prepare (1 to {PlanOptions.MaxStories}; at most the bank's)",
            HelpName = "K",
            DefaultValueFactory = _ => PlanOptions.DefaultStories,
        };
        var rounds = new Option<int?>("--rounds") { Description = $"Deal the values to this many interview rounds (1 to {PlanOptions.MaxRounds})", HelpName = "R" };
        var maxValues = new Option<int?>("--max-values") { Description = "The most values one story may be the go-to for (default: values / K rounded up, plus 1)", HelpName = "L" };
        var markdown = new Option<bool>("--md") { Description = "Write the plan as a Markdown report" };
        var wordsOnly = MeaningSupport.WordsOnlyOption();
        wordsOnly.Description = "Find retellings (for --rounds) by projects and wording only, without the sentence-embedding model";
        var command = new Command("plan", "Plan a company's interview loop: portfolio, go-to and backup stories, gaps, rounds")
        {
            company, stories, rounds, maxValues, markdown, wordsOnly,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var options = new PlanOptions(parse.GetValue(stories), parse.GetValue(rounds), parse.GetValue(maxValues));
            if (Problem(options) is { } problem)
            {
                return terminal.Fail(problem);
            }

            var json = parse.GetValue(global.Json);
            if (json && parse.GetValue(markdown))
            {
                return terminal.Fail("--json and --md are two different outputs; give one of them");
            }

            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var (pack, error) = await CompanyPacks.FindAsync(store, parse.GetValue(company)!, cancellationToken).ConfigureAwait(false);
                if (pack is null)
                {
                    return terminal.Fail(error!);
                }

                var bank = await store.ListStoriesAsync(cancellationToken).ConfigureAwait(false);
                if (bank.Count == 0)
                {
                    return terminal.Fail(BankDocuments.EmptyBank);
                }

                var catalog = await CompanyPacks.CatalogAsync(store, cancellationToken).ConfigureAwait(false);
                var tags = await StoryTags.LoadAsync(store, cancellationToken).ConfigureAwait(false);
                var profiles = bank.Select(s => StoryProfiler.Default.Profile(s, tags.For(s.Id))).ToList();
                var coverage = CoverageMatrix.Build(pack, bank, profiles);
                // Rounds must not tell one story twice, nor two tellings of it: retellings are found as `similar` finds them.
                using var meaning = options.Rounds is null ? null : MeaningSupport.Open(host, parse.GetValue(wordsOnly), bank, []);
                var retellings = options.Rounds is null ? [] : StorySimilarity.Find(bank, profiles, encoder: meaning?.Encoder).Select(p => (p.First, p.Second)).ToList();
                var plan = new LoopPlanner(catalog).Plan(coverage, options with { Retellings = retellings });
                if (json)
                {
                    terminal.WriteJson(PlanJson.Of(plan));
                }
                else if (parse.GetValue(markdown))
                {
                    terminal.Line(PlanMarkdown.Write(plan));
                }
                else
                {
                    PlanView.Write(host.Out, plan);
                }

                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static string? Problem(PlanOptions options) => options switch
    {
        { Stories: < 1 or > PlanOptions.MaxStories } => $"--stories must be 1 to {PlanOptions.MaxStories}, not {options.Stories}",
        { Rounds: < 1 or > PlanOptions.MaxRounds } => $"--rounds must be 1 to {PlanOptions.MaxRounds}, not {options.Rounds}",
        { MaxValuesPerStory: < 1 } => $"--max-values must be at least 1, not {options.MaxValuesPerStory}",
        _ => null,
    };
}
