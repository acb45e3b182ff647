using System.Globalization;
using System.Text.Json;
using StoryBank.Cli.Tests.Sarif;

namespace StoryBank.Cli.Tests;

public sealed class LintCommandTests : IDisposable
{
    private const string Bank = SampleBanks.WrongClaim;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Lint_text_groups_findings_per_story_with_the_source_line_and_exits_1_on_errors()
    {
        var file = _cli.WriteFile("bank.md", Bank);

        var result = await _cli.RunAsync("lint", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Scaling the chat servers", result.Out, StringComparison.Ordinal);
        Assert.Contains("SB6001", result.Out, StringComparison.Ordinal);
        Assert.Contains("│ We rewrote the session store over one weekend.", result.Out, StringComparison.Ordinal);
        Assert.Contains("not practice-ready", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_json_reports_rule_severity_and_span_for_each_finding()
    {
        var file = _cli.WriteFile("bank.md", Bank);

        var result = await _cli.RunAsync("lint", file, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var story = Assert.Single(json.RootElement.GetProperty("files")[0].GetProperty("stories").EnumerateArray());
        var findings = story.GetProperty("findings").EnumerateArray().ToArray();
        var claim = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "SB6001");
        Assert.Equal("error", claim.GetProperty("severity").GetString());
        Assert.Equal(12, claim.GetProperty("line").GetInt32());
        Assert.Equal("10x", claim.GetProperty("excerpt").GetString());
        var we = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "SB2001");
        Assert.Equal((11, 1, 3), (we.GetProperty("line").GetInt32(), we.GetProperty("column").GetInt32(), we.GetProperty("endColumn").GetInt32()));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("stories").GetInt32());
    }

    [Fact]
    public async Task Lint_sarif_validates_against_the_official_2_1_0_schema()
    {
        var file = _cli.WriteFile("bank.md", Bank);

        var result = await _cli.RunAsync("lint", file, "--format", "sarif");

        Assert.Empty(SarifSchema.Validate(result.Out));
        using var sarif = JsonDocument.Parse(result.Out);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "SB6001" && r.GetProperty("level").GetString() == "error");
        Assert.Equal(21, sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task Lint_with_the_error_rule_turned_off_exits_0()
    {
        var file = _cli.WriteFile("bank.md", Bank);
        var config = _cli.WriteFile("storybank.json", """{ "rules": { "claim-does-not-add-up": "none" } }""");

        var result = await _cli.RunAsync("lint", file, "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("SB6001", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task Lint_of_files_writes_exactly_what_storybank_lint_writes(string format)
    {
        var file = _cli.WriteFile("bank.md", Bank);
        using var toolOut = new Spectre.Console.Testing.TestConsole();
        using var toolError = new Spectre.Console.Testing.TestConsole();

        var result = await _cli.RunAsync("lint", file, "--format", format);
        var toolExit = await StoryBank.Lint.LintTool.RunAsync([file, "--format", format], new StoryBank.Lint.Linting.ToolConsole(toolOut, toolError, "storybank-lint"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(result.ExitCode, toolExit);
        Assert.Equal(result.Out, toolOut.Output);
    }

    [Fact]
    public async Task A_missing_file_is_one_line_naming_it_with_exit_code_2()
    {
        var result = await _cli.RunAsync("lint", Path.Combine(_cli.Folder, "nope.md"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"storybank: {Path.Combine(_cli.Folder, "nope.md")}: no such file or folder\n", result.Error.Replace("\r", "", StringComparison.Ordinal));
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_malformed_configuration_is_one_line_naming_file_and_line_with_exit_code_2()
    {
        var file = _cli.WriteFile("bank.md", Bank);
        var config = _cli.WriteFile("storybank.json", "{\n  \"rules\": {\n    \"SB0000\": \"error\"\n  }\n}");

        var result = await _cli.RunAsync("lint", file, "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"storybank: {config}:3: unknown rule 'SB0000'", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_file_without_stories_is_linted_as_such()
    {
        var file = _cli.WriteFile("notes.md", "# Notes\n\nNothing here yet.\n");

        var result = await _cli.RunAsync("lint", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no stories found", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_without_paths_lints_the_bank_and_coach_explains_one_story()
    {
        var file = _cli.WriteFile("bank.md", Bank);
        Assert.Equal(0, (await _cli.RunAsync("import", file)).ExitCode);

        var lint = await _cli.RunAsync("lint", "--format", "json");
        using var json = JsonDocument.Parse(lint.Out);
        var story = json.RootElement.GetProperty("files")[0].GetProperty("stories")[0];
        var coach = await _cli.RunAsync("coach", story.GetProperty("id").GetString()!);

        Assert.Equal(1, lint.ExitCode);
        Assert.Equal(0, coach.ExitCode);
        Assert.Contains("SB6001", coach.Out, StringComparison.Ordinal);
        Assert.Contains("docs/rules/SB6001.md", coach.Out, StringComparison.Ordinal);
    }
}

public sealed class LintFolderTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_folder_is_linted_in_path_order_whatever_the_parallelism()
    {
        for (var i = 12; i >= 1; i--)
        {
            _cli.WriteFile(Path.Combine("banks", $"bank-{i:00}.md"), $"## Story {i}\n\n**Situation:** The queue backed up.\n**Task:** I owned it.\n**Action:** I added a worker.\n**Result:** The backlog fell from {i * 100} to 0.\n");
        }

        var result = await _cli.RunAsync("lint", Path.Combine(_cli.Folder, "banks"), "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("file").GetString()!)).ToArray();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"bank-{i:00}.md"), files);
        Assert.Equal(12, json.RootElement.GetProperty("summary").GetProperty("stories").GetInt32());
    }

    [Fact]
    public async Task A_suppression_comment_silences_the_line_and_an_unknown_rule_in_it_exits_2()
    {
        const string Story = "## Moving the jobs\n\n**Situation:** Jobs ran on one box.\n**Task:** I owned them.\n**Action:**\n{0}We rewrote the scheduler.\n**Result:** Failures fell from 40 to 2 a month.\n";
        var plain = _cli.WriteFile("plain.md", string.Format(CultureInfo.InvariantCulture, Story, ""));
        var silenced = _cli.WriteFile("silenced.md", string.Format(CultureInfo.InvariantCulture, Story, "<!-- storybank-disable-next-line we-instead-of-i -->\n"));
        var unknown = _cli.WriteFile("unknown.md", string.Format(CultureInfo.InvariantCulture, Story, "<!-- storybank-disable-next-line SB0001 -->\n"));

        var shown = await _cli.RunAsync("lint", plain);
        var quiet = await _cli.RunAsync("lint", silenced);
        var failed = await _cli.RunAsync("lint", unknown);

        Assert.Contains("SB2001", shown.Out, StringComparison.Ordinal);
        Assert.Contains("fix: Replace \"We\" with \"I\"", shown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("SB2001", quiet.Out, StringComparison.Ordinal);
        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("unknown.md:6: unknown rule 'SB0001'", failed.Error, StringComparison.Ordinal);
    }
}
