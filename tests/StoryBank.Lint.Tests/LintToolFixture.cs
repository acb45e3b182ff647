using Spectre.Console.Testing;
using StoryBank.Lint.Linting;

namespace StoryBank.Lint.Tests;

/// <summary>The exit code and both output streams of one <c>storybank-lint</c> run.</summary>
public sealed record ToolResult(int ExitCode, string Out, string Error);

/// <summary>Runs <c>storybank-lint</c> in-process on files written to a temporary folder.</summary>
public sealed class LintToolFixture : IDisposable
{
    /// <summary>A bank whose one story claims "10x" where its own figures make 25x (an error) and says "we" in the Action.</summary>
    public const string BankWithError = """
        # My stories

        ## Scaling the chat servers
        ### Short Version (30 sec)
        > I rebuilt session handling so the chat service went from 20K users on 25 servers to 100K users on 5 servers.

        ### Full STAR Version
        **Situation:** The chat service held 20K users on 25 servers.
        **Task:** I had to reach 100K users without buying servers.
        **Action:**
        We rewrote the session store over one weekend.
        **Result:** We now serve 100K users on 5 servers, a 10x improvement in efficiency.
        """;

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
