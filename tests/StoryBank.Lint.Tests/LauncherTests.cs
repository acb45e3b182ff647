using System.Diagnostics;

namespace StoryBank.Lint.Tests;

/// <summary>
/// The <c>./storybank-lint</c> launcher as a user runs it: it builds the tool ahead of time (Native AOT) when the
/// machine has a C toolchain, and the compiled tool must write byte for byte what the same code writes in-process.
/// The tests of this class run one after another, so the launcher builds once.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private static readonly TimeSpan BuildAllowance = TimeSpan.FromMinutes(10);

    private readonly LintToolFixture _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task The_built_tool_writes_json_and_sarif_exactly_as_the_code_does_in_process()
    {
        var bank = _files.WriteFile("bank.md", SampleBanks.WrongClaim);
        var folder = Path.GetDirectoryName(_files.WriteFile("more/second.md", SampleBanks.WrongClaim.Replace("chat", "search", StringComparison.Ordinal)))!;

        foreach (var format in new[] { "json", "sarif" })
        {
            var launched = await LaunchAsync(bank, folder, "--format", format);
            var inProcess = await LintToolFixture.RunAsync(bank, folder, "--format", format);

            Assert.Equal(1, launched.ExitCode);
            Assert.Equal(inProcess.ExitCode, launched.ExitCode);
            Assert.Equal(inProcess.Out, launched.Out);
        }

        var built = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "artifacts", "lint", ".built"));
        if (OnPath("gcc") || OnPath("clang"))
        {
            Assert.Equal("native", built.Trim());
        }
    }

    [Fact]
    public async Task The_built_tool_fails_on_a_missing_file_with_one_line_and_exit_code_2()
    {
        var missing = Path.Combine(_files.Folder, "nope.md");

        var launched = await LaunchAsync(missing);

        Assert.Equal(2, launched.ExitCode);
        Assert.EndsWith($"storybank-lint: {missing}: no such file or folder\n", launched.Error, StringComparison.Ordinal);
        Assert.Empty(launched.Out);
    }

    [SeedFact]
    public async Task On_the_seeds_the_built_tool_agrees_with_the_code_in_process()
    {
        var seeds = Path.GetFullPath(SeedFactAttribute.SeedsFolder!);

        var launched = await LaunchAsync(seeds, "--format", "json");
        var inProcess = await LintToolFixture.RunAsync(seeds, "--format", "json");

        Assert.Equal(inProcess.ExitCode, launched.ExitCode);
        Assert.Equal(inProcess.Out, launched.Out);
        Assert.Contains("\"ruleId\": \"SB6001\"", launched.Out, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>./storybank-lint ARGS</c> from the repository root (no storybank.json there), building it if needed.</summary>
    private static async Task<ToolResult> LaunchAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "storybank-lint"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(BuildAllowance);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"storybank-lint did not finish within {BuildAllowance}: {await error}");
        }

        return new ToolResult(process.ExitCode, await output, (await error).Replace("\r", "", StringComparison.Ordinal));
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Any(folder => File.Exists(Path.Combine(folder, program)));
}
