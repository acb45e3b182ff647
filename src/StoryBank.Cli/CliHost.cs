using Spectre.Console;
using StoryBank.Core.Export;
using StoryBank.Lint.Linting;

namespace StoryBank.Cli;

/// <summary>Everything the command line touches outside itself, so tests can replace it.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Environment">Reads an environment variable; <see langword="null"/> when unset.</param>
/// <param name="Exporters">The export formats, by <c>--format</c> name.</param>
internal sealed record CliHost(
    IAnsiConsole Out,
    IAnsiConsole Error,
    Func<string, string?> Environment,
    IReadOnlyDictionary<string, Func<IDocumentExporter>> Exporters)
{
    /// <summary>The real terminal and process environment.</summary>
    public static CliHost FromProcess() => new(
        AnsiConsole.Console,
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
        System.Environment.GetEnvironmentVariable,
        ExportFormats.All)
    {
        RawOutput = Console.OpenStandardOutput(),
    };

    /// <summary>Standard output as bytes, for machine-readable formats; null to write them through <see cref="Out"/>.</summary>
    public Stream? RawOutput { get; init; }

    /// <summary>The consoles as the shared lint code speaks on them, with <c>storybank</c> starting its errors.</summary>
    public ToolConsole Tool => new(Out, Error, "storybank") { RawOutput = RawOutput };

    /// <summary>True when <c>STORYBANK_DEBUG=1</c>: unexpected errors then show their stack trace.</summary>
    public bool Debug => Environment("STORYBANK_DEBUG") == "1";
}
