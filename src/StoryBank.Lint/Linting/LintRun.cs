using System.CommandLine;
using System.Reflection;
using System.Runtime.CompilerServices;
using Spectre.Console;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Reports;
using StoryBank.Core.Coach.Text;
using StoryBank.Lint.Files;

namespace StoryBank.Lint.Linting;

/// <summary>One lint run: documents in, findings out as text, JSON or SARIF, and the exit code.</summary>
internal static class LintRun
{
    /// <summary>Exit code when error-level findings remain.</summary>
    public const int FindingsExitCode = 1;

    /// <summary>Exit code when the lint could not run.</summary>
    public const int ToolFailureExitCode = 2;

    /// <summary>StoryBank's version as built.</summary>
    public static string Version { get; } =
        typeof(LintRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The coach options from <paramref name="configPath"/> (or <c>./storybank.json</c>); null after reporting a bad configuration.</summary>
    public static async Task<CoachOptions?> ReadOptionsAsync(ToolConsole console, string? configPath, CancellationToken cancellationToken)
    {
        try
        {
            return await LintInputs.ReadOptionsAsync(configPath, cancellationToken).ConfigureAwait(false);
        }
        catch (CoachConfigurationException e)
        {
            console.Error(e.Message);
            return null;
        }
    }

    /// <summary>Lints the named files and folders; a path that does not exist ends the run before anything is written.</summary>
    public static Task<int> LintPathsAsync(ToolConsole console, string format, IEnumerable<string> paths, CoachOptions options, CancellationToken cancellationToken)
    {
        var (sources, missing) = SourceFiles.Expand(paths);
        if (missing.Count > 0)
        {
            console.Error(missing[0]);
            return Task.FromResult(ToolFailureExitCode);
        }

        return LintSourcesAsync(console, format, sources, options, cancellationToken);
    }

    private static async Task<int> LintSourcesAsync(ToolConsole console, string format, IReadOnlyList<ImportSource> sources, CoachOptions options, CancellationToken cancellationToken)
    {
        using var pause = CollectionPause.For(sources.Sum(s => s.Length));
        return await WriteAsync(console, format, LintFiles(sources, options, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Writes each linted document as it comes; the first failure ends the output cleanly and exits with 2.</summary>
    public static async Task<int> WriteAsync(ToolConsole console, string format, IAsyncEnumerable<(DocumentReport? Report, SourceLines? Source, string? Error)> documents)
    {
        using var output = LintOutput.For(format, console, Version);
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
            console.Error(failure);
            return ToolFailureExitCode;
        }

        return output.HasErrors ? FindingsExitCode : 0;
    }

    /// <summary>Lints one document; a configuration that names an unknown rule inline becomes the error.</summary>
    public static (DocumentReport?, SourceLines?, string?) Lint(LintInput input, CoachOptions options)
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

    /// <summary>
    /// Reads, imports and lints files a few at a time in parallel and yields them in order: one batch of documents is
    /// in memory at a time, whatever the size of the folder.
    /// </summary>
    private static async IAsyncEnumerable<(DocumentReport?, SourceLines?, string?)> LintFiles(IReadOnlyList<ImportSource> sources, CoachOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = Math.Max(2, Environment.ProcessorCount * 2);
        for (var start = 0; start < sources.Count; start += batch)
        {
            var work = sources.Skip(start).Take(batch)
                .Select(source => Task.Run(() => LintInputs.LintFileAsync(source, options, cancellationToken), cancellationToken))
                .ToArray();
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
}

/// <summary>The arguments and options of a lint command line, the same for <c>storybank lint</c> and <c>storybank-lint</c>.</summary>
internal sealed class LintArguments
{
    /// <param name="pathsDescription">What the paths are, and what no path means.</param>
    /// <param name="arity">Whether paths may be omitted.</param>
    public LintArguments(string pathsDescription, ArgumentArity arity)
    {
        Paths = new Argument<string[]>("PATH") { Description = pathsDescription, Arity = arity };
        Format = new Option<string>("--format") { Description = "text, json or sarif", DefaultValueFactory = _ => "text" };
        Format.AcceptOnlyFromAmong("text", "json", "sarif");
        Config = new Option<string?>("--config") { Description = $"The configuration file (default: ./{CoachConfig.FileName} when present)", HelpName = "FILE" };
    }

    /// <summary>Markdown banks or folders to lint.</summary>
    public Argument<string[]> Paths { get; }

    /// <summary>The output format.</summary>
    public Option<string> Format { get; }

    /// <summary>The <c>storybank.json</c> to use.</summary>
    public Option<string?> Config { get; }

    /// <summary>Adds the arguments and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Format);
        command.Options.Add(Config);
    }
}

/// <summary>Where a tool speaks: its output console, its error console, and the name its one-line errors start with.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="ErrorConsole">Standard error.</param>
/// <param name="Name">The tool's name, as typed.</param>
internal sealed record ToolConsole(IAnsiConsole Out, IAnsiConsole ErrorConsole, string Name)
{
    private static readonly char[] LineBreaks = ['\r', '\n'];

    /// <summary>Standard output as bytes, for machine-readable formats; null to write them through <see cref="Out"/>.</summary>
    public Stream? RawOutput { get; init; }

    /// <summary>Writes <c>name: message</c> on standard error as exactly one line, never read as markup.</summary>
    public void Error(string message)
    {
        var writer = ErrorConsole.Profile.Out.Writer;
        writer.Write(Name + ": " + string.Join(' ', message.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        writer.Write('\n');
        writer.Flush();
    }
}
