using System.CommandLine;
using StoryBank.Cli.Coaching;
using StoryBank.Lint.Linting;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Reports;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank coach ID</c>: one story's findings in plain words, with the fix for each.</summary>
internal static class CoachCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = $"A story id, or a unique prefix of at least {BankStore.MinimumPrefixLength} characters" };
        var config = new Option<string?>("--config") { Description = $"The configuration file (default: ./{CoachConfig.FileName} when present)", HelpName = "FILE" };
        var command = new Command("coach", "Explain one story's findings and how to fix them") { id, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            if (await LintRun.ReadOptionsAsync(host.Tool, parse.GetValue(config), cancellationToken).ConfigureAwait(false) is not { } options)
            {
                return LintRun.ToolFailureExitCode;
            }

            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var lookup = await store.GetStoryAsync(parse.GetValue(id)!, cancellationToken).ConfigureAwait(false);
                if (lookup is not StoryLookup.Found found)
                {
                    return terminal.Fail(lookup is StoryLookup.Ambiguous ambiguous
                        ? $"'{ambiguous.Query}' matches several stories: {string.Join(", ", ambiguous.Candidates.Select(c => $"{c.Id} ({c.Title})"))}"
                        : $"no story with id '{parse.GetValue(id)}'");
                }

                // The whole document is linted so that rules comparing stories of one project see its neighbours.
                LintInput? input = null;
                await foreach (var candidate in BankLintInputs.ReadAsync(store, cancellationToken).ConfigureAwait(false))
                {
                    if (candidate.Document.Stories.Any(s => s.Id == found.Story.Id))
                    {
                        input = candidate;
                        break;
                    }
                }

                if (input is null)
                {
                    return terminal.Fail($"story '{found.Story.Id}' belongs to no document of the bank");
                }

                var report = StoryCoach.Lint(input.Document, options, input.Source).Stories.First(s => s.Story.Id == found.Story.Id);
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(new
                    {
                        id = report.Story.Id,
                        title = report.Story.Title,
                        readiness = report.Readiness,
                        practiceReady = report.PracticeReady,
                        stats = report.Stats,
                        findings = report.Findings.Select(f => new { ruleId = f.Rule.Id, rule = f.Rule.Alias, severity = f.Severity.Name(), message = f.Message, line = f.Location.Line, column = f.Location.Column, excerpt = f.Excerpt, advice = f.Rule.Advice, help = f.Rule.HelpPath, fixes = f.Fixes.Select(x => SarifLog.Describe(x, f.Excerpt)) }),
                    });
                    return Terminal.Success;
                }

                LintView.WriteStory(host.Out, input.Document.Source.File, report, input.Source, explain: true);
                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
