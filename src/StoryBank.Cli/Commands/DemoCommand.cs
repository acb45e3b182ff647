using System.CommandLine;
using StoryBank.Cli.Coaching;
using StoryBank.Cli.Importing;
using StoryBank.Cli.Matching;
using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Lint.Files;
using StoryBank.Lint.Linting;
using StoryBank.Cli.Rendering;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Reports;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank demo</c>: imports a sample bank into a fresh demo database and shows it.</summary>
internal static class DemoCommand
{
    private const string ResourceName = "StoryBank.Cli.Demo.demo-bank.md";
    private const string DemoFile = "demo-bank.md";

    /// <summary>SQLite's main file and the two files WAL mode keeps beside it.</summary>
    private static readonly string[] DatabaseFileSuffixes = ["", "-wal", "-shm"];

    public static Command Create(CliHost host, GlobalOptions global)
    {
        var command = new Command("demo", "Import a sample story bank into a fresh demo bank (demo.db beside the default bank) and show it");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var json = parse.GetValue(global.Json);
            var bankPath = BankLocation.ResolveDemo(parse.GetValue(global.Db), host.Environment);
            Directory.CreateDirectory(Path.GetDirectoryName(bankPath)!); // on a new machine ~/.local/share/storybank is not there yet
            foreach (var suffix in DatabaseFileSuffixes)
            {
                File.Delete(bankPath + suffix);
            }

            var store = await GlobalOptions.OpenBankAsync(bankPath, cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                // Found-in-folder semantics: if the recognizer finds nothing the demo says so instead of failing.
                var source = new ImportSource(DemoFile, Length: 0, FoundInFolder: true, OpenDemoBank);
                var result = await ImportRun.ExecuteAsync(store, [source], host.Out, allowProgress: false, cancellationToken).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    return ImportCommand.Show(terminal, result, json, report: true);
                }

                var stories = await store.ListStoriesAsync(cancellationToken).ConfigureAwait(false);
                if (json)
                {
                    terminal.WriteJson(new { bank = bankPath, report = result.Reports, stories });
                    return Terminal.Success;
                }

                ImportCommand.Show(terminal, result, json: false, report: true);
                StoryViews.WriteTable(host.Out, stories);

                // What the coach makes of the demo bank, in brief: the same summary `storybank lint` ends with.
                var summary = new BankSummary.Builder();
                await foreach (var input in BankLintInputs.ReadAsync(store, cancellationToken).ConfigureAwait(false))
                {
                    summary.Add(StoryCoach.Lint(input.Document, CoachOptions.Default, input.Source));
                }

                terminal.Line("");
                terminal.Line("The story coach (storybank lint):");
                LintView.WriteSummary(host.Out, summary.Build());
                // And what matching makes of it: the framework and the go-to and backup stories for one question.
                const string question = "Tell me about a time you disagreed with a senior colleague";
                var documents = await BankDocuments.ReadAsync(store, cancellationToken).ConfigureAwait(false);
                var mappings = documents.SelectMany(d => d.Mappings).ToList();
                using var meaning = MeaningSupport.Open(host, wordsOnly: false, stories, mappings);
                var answer = new StoryMatcher(stories, mappings, InterviewCatalog.Default, encoder: meaning?.Encoder).Match(question);
                terminal.Line("");
                terminal.Line($"Matching (storybank match \"{question}\"): {answer.Framework.Framework}");
                foreach (var match in answer.Stories.Where(m => m.Role != MatchRole.Alternative))
                {
                    terminal.Line($"  {(match.Role == MatchRole.GoTo ? "go-to " : "backup")}  {match.Story.Title}{(match.Reasons.Count > 0 ? " — " + match.Reasons[0] : "")}");
                }

                if (answer.Stories.All(m => m.Role != MatchRole.Backup))
                {
                    terminal.Line($"  {MatchCommand.NoBackup}");
                }

                var db = $"--db \"{bankPath}\"";
                terminal.Line("");
                terminal.Line($"The demo bank is {bankPath}. Try:");
                terminal.Line($"  storybank show {(stories.Count > 0 ? stories[0].Id[..BankStore.MinimumPrefixLength] : "ID")} {db}");
                terminal.Line($"  storybank lint {db}");
                terminal.Line($"  storybank coach {(stories.Count > 0 ? stories[0].Id[..BankStore.MinimumPrefixLength] : "ID")} {db}");
                terminal.Line($"  storybank match \"Have Backbone; Disagree and Commit\" --company amazon {db}");
                terminal.Line($"  storybank plan --company amazon --rounds 4 {db}");
                terminal.Line($"  storybank list --json {db}");
                terminal.Line($"  storybank export --format md --out ./demo-export {db}");
                return Terminal.Success;
            }
        });
        return command;
    }

    private static Stream OpenDemoBank() =>
        typeof(DemoCommand).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"the demo bank resource '{ResourceName}' is missing from the build");
}
