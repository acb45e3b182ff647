using System.CommandLine;
using Spectre.Console;
using StoryBank.Lint.Linting;

namespace StoryBank.Lint;

/// <summary>
/// <c>storybank-lint PATH... [--format text|json|sarif] [--config FILE]</c>: the coach over Markdown files, with the
/// exit codes of <c>storybank lint</c>: 0 no error-level finding, 1 error-level findings, 2 the lint could not run.
/// </summary>
internal static class LintTool
{
    /// <summary>The tool's name in messages.</summary>
    public const string Name = "storybank-lint";

    /// <summary>The real terminal.</summary>
    public static ToolConsole FromProcess() =>
        new(AnsiConsole.Console, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), Name)
        {
            RawOutput = Console.OpenStandardOutput(),
        };

    /// <summary>Runs one command line; never throws.</summary>
    public static async Task<int> RunAsync(string[] args, ToolConsole console, CancellationToken cancellationToken = default)
    {
        var arguments = new LintArguments("Markdown banks, or folders of them, to lint", ArgumentArity.ZeroOrMore);
        var root = new RootCommand("The StoryBank coach over Markdown story banks, without a bank: findings with stable rule IDs, as text, JSON or SARIF (see docs/rules)");
        arguments.AddTo(root);
        root.SetAction(async (parse, token) =>
        {
            if (parse.GetValue(arguments.Paths) is not { Length: > 0 } paths)
            {
                console.Error($"name the Markdown banks or folders to lint, e.g. {Name} bank.md (see {Name} --help)");
                return LintRun.ToolFailureExitCode;
            }

            return await LintRun.ReadOptionsAsync(console, parse.GetValue(arguments.Config), token).ConfigureAwait(false) is { } options
                ? await LintRun.LintPathsAsync(console, parse.GetValue(arguments.Format)!, paths, options, token).ConfigureAwait(false)
                : LintRun.ToolFailureExitCode;
        });

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            console.Error(string.Join(" ", parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal)) + $" (see {Name} --help)");
            return LintRun.ToolFailureExitCode;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = console.Out.Profile.Out.Writer,
                Error = console.ErrorConsole.Profile.Out.Writer,
            };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            console.Error("cancelled");
            return LintRun.ToolFailureExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error(e.Message);
            return LintRun.ToolFailureExitCode;
        }
#pragma warning disable CA1031 // The top of the program: any failure becomes one line and exit code 2, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Error($"unexpected error: {e.GetBaseException().Message}");
            return LintRun.ToolFailureExitCode;
        }
    }
}
