using System.CommandLine;
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
                return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
                    Lint(host, terminal, await LintInputs.ReadBankAsync(store, cancellationToken).ConfigureAwait(false), options, chosen),
                    cancellationToken).ConfigureAwait(false);
            }

            var (inputs, error) = await LintInputs.ReadFilesAsync(named, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                terminal.Error(error);
                return ToolFailureExitCode;
            }

            return Lint(host, terminal, inputs, options, chosen);
        });
        return command;
    }

    private static int Lint(CliHost host, Terminal terminal, IReadOnlyList<LintInput> inputs, CoachOptions options, string format)
    {
        var reports = new List<(DocumentReport Report, Core.Coach.Text.SourceLines? Source)>();
        foreach (var input in inputs)
        {
            try
            {
                reports.Add((StoryCoach.Lint(input.Document, options, input.Source), input.Source));
            }
            catch (CoachConfigurationException e)
            {
                terminal.Error(e.Message);
                return ToolFailureExitCode;
            }
        }

        var documents = reports.Select(r => r.Report).ToArray();
        switch (format)
        {
            case "json":
                WriteStream(host, stream => LintJson.Write(stream, documents));
                break;
            case "sarif":
                WriteStream(host, stream => SarifLog.Write(stream, documents, Version));
                break;
            default:
                LintView.Write(host.Out, reports);
                break;
        }

        return documents.Any(d => d.Findings.Any(f => f.Severity == Severity.Error)) ? FindingsExitCode : Terminal.Success;
    }

    private static void WriteStream(CliHost host, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        var writer = host.Out.Profile.Out.Writer;
        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
        writer.Flush();
    }

    /// <summary>StoryBank's version as built.</summary>
    public static string Version { get; } =
        typeof(LintCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
