using System.CommandLine;
using System.Runtime.CompilerServices;
using StoryBank.Cli.Coaching;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Reports;
using StoryBank.Core.Coach.Text;
using StoryBank.Lint.Linting;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary>
/// <c>storybank lint [PATH...]</c>: the story coach as a linter, over files (as <c>storybank-lint</c>) or the whole bank.
/// Exit codes: 0 no error-level finding, 1 error-level findings, 2 the lint could not run (missing file, bad configuration).
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var arguments = new LintArguments("Markdown banks or folders to lint (default: every story in the bank)", ArgumentArity.ZeroOrMore);
        var command = new Command("lint", "Check stories against the coach's rules (see docs/rules)");
        arguments.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = host.Tool;
            var format = parse.GetValue(global.Json) ? "json" : parse.GetValue(arguments.Format)!;
            if (await LintRun.ReadOptionsAsync(console, parse.GetValue(arguments.Config), cancellationToken).ConfigureAwait(false) is not { } options)
            {
                return LintRun.ToolFailureExitCode;
            }

            var named = parse.GetValue(arguments.Paths) ?? [];
            return named.Length > 0
                ? await LintRun.LintPathsAsync(console, format, named, options, cancellationToken).ConfigureAwait(false)
                : await global.WithBankAsync(parse, host.Environment, new Terminal(host), store =>
                    LintRun.WriteAsync(console, format, LintBank(store, options, cancellationToken)), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async IAsyncEnumerable<(DocumentReport?, SourceLines?, string?)> LintBank(BankStore store, CoachOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var input in BankLintInputs.ReadAsync(store, cancellationToken).ConfigureAwait(false))
        {
            yield return LintRun.Lint(input, options);
        }
    }
}
