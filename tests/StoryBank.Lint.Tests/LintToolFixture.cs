using Spectre.Console.Testing;
using StoryBank.Lint.Linting;

namespace StoryBank.Lint.Tests;

/// <summary>The exit code and both output streams of one <c>storybank-lint</c> run.</summary>
public sealed record ToolResult(int ExitCode, string Out, string Error);

/// <summary>Runs <c>storybank-lint</c> in-process on files written to a temporary folder.</summary>
public sealed class LintToolFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("storybank-lint-").FullName;

    public string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs the tool with text output on consoles wide enough not to wrap, and JSON and SARIF through them.</summary>
    public static async Task<ToolResult> RunAsync(params string[] args)
    {
        using var output = new TestConsole().Width(250);
        using var error = new TestConsole().Width(250);
        var exitCode = await LintTool.RunAsync(args, new ToolConsole(output, error, LintTool.Name));
        return new ToolResult(exitCode, output.Output, error.Output.Replace("\r", "", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
