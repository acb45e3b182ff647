using System.CommandLine;
using System.Runtime.CompilerServices;
using StoryBank.Cli.Importing;
using StoryBank.Core.Coach.Text;
using StoryBank.Storage;
using System.Reflection;
using StoryBank.Cli.Coaching;
using StoryBank.Cli.Rendering;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Reports;

namespace StoryBank.Cli.Commands;

/// <summary>
/// <c>storybank lint [PATH...]</c>: the story coach as a linter. Exit codes: 0 no error-level finding,
/// 1 error-level findings, 2 the lint could not run (missing file, bad configuration).
/// </summary>
internal static class LintCommand
{
    /// <summary>Exit code when error-level findings remain.</summary>
    public const int FindingsExitCode = 1;

    /// <summary>Exit code when the lint could not run.</summary>
    public const int ToolFailureExitCode = 2;

    public static Command Create(CliHost host, GlobalOptions global)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Markdown banks or folders to lint (default: every story in the bank)", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "text, json or sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var config = new Option<string?>("--config") { Description = $"The configuration file (default: ./{CoachConfig.FileName} when present)", HelpName = "FILE" };
        var command = new Command("lint", "Check stories against the coach's rules (see docs/rules)") { paths, format, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var chosen = parse.GetValue(global.Json) ? "json" : parse.GetValue(format)!;
            CoachOptions options;
            try
            {
                options = await LintInputs.ReadOptionsAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            }
            catch (CoachConfigurationException e)
            {
                terminal.Error(e.Message);
                return ToolFailureExitCode;
            }

            var named = parse.GetValue(paths) ?? [];
            if (named.Length == 0)
            {
                return await global.WithBankAsync(parse, host.Environment, terminal, store =>
                    LintAsync(host, terminal, chosen, LintBank(store, options, cancellationToken)), cancellationToken).ConfigureAwait(false);
            }

            var (sources, missing) = SourceFiles.Expand(named);
            if (missing.Count > 0)
            {
                terminal.Error(missing[0]);
                return ToolFailureExitCode;
            }

            return await LintAsync(host, terminal, chosen, LintFiles(sources, options, cancellationToken)).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Writes each linted document as it comes; the first failure ends the output cleanly and exits with 2.</summary>
    private static async Task<int> LintAsync(CliHost host, Terminal terminal, string format, IAsyncEnumerable<(DocumentReport? Report, SourceLines? Source, string? Error)> documents)
    {
        using var output = LintOutput.For(format, host, Version);
        string? failure = null;
        await foreach (var (report, source, error) in documents.ConfigureAwait(false))
        {
            if (error is not null)
            {
                failure = error;
                break;
            }

            output.Add(report!, source);
        }

        output.Finish();
        if (failure is not null)
        {
            terminal.Error(failure);
            return ToolFailureExitCode;
        }

        return output.HasErrors ? FindingsExitCode : Terminal.Success;
    }

    private static async IAsyncEnumerable<(DocumentReport?, SourceLines?, string?)> LintBank(BankStore store, CoachOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var input in LintInputs.ReadBankAsync(store, cancellationToken).ConfigureAwait(false))
        {
            yield return Lint(input, options);
        }
    }

    /// <summary>
    /// Reads, imports and lints files a few at a time in parallel and yields them in order: one batch of documents is
    /// in memory at a time, whatever the size of the folder.
    /// </summary>
    private static async IAsyncEnumerable<(DocumentReport?, SourceLines?, string?)> LintFiles(IReadOnlyList<ImportSource> sources, CoachOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = Math.Max(2, Environment.ProcessorCount * 2);
        for (var start = 0; start < sources.Count; start += batch)
        {
            var work = sources.Skip(start).Take(batch).Select(source => Task.Run(async () =>
            {
                var (input, error) = await LintInputs.ReadFileAsync(source, cancellationToken).ConfigureAwait(false);
                return input is null ? (null, null, error) : Lint(input, options);
            }, cancellationToken)).ToArray();
            foreach (var task in work)
            {
                var (report, source, error) = await task.ConfigureAwait(false);
                if (report is not null || error is not null)
                {
                    yield return (report, source, error);
                }
            }
        }
    }

    private static (DocumentReport?, SourceLines?, string?) Lint(LintInput input, CoachOptions options)
    {
        try
        {
            return (StoryCoach.Lint(input.Document, options, input.Source), input.Source, null);
        }
        catch (CoachConfigurationException e)
        {
            return (null, null, e.Message);
        }
    }

    /// <summary>StoryBank's version as built.</summary>
    public static string Version { get; } =
        typeof(LintCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
