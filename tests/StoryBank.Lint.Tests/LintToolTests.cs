using System.Text.Json;

namespace StoryBank.Lint.Tests;

public sealed class LintToolTests : IDisposable
{
    private readonly LintToolFixture _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Error_level_findings_exit_1_and_are_shown_per_story_with_their_source_line()
    {
        var bank = _files.WriteFile("bank.md", SampleBanks.WrongClaim);

        var result = await LintToolFixture.RunAsync(bank);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Scaling the chat servers", result.Out, StringComparison.Ordinal);
        Assert.Contains("SB6001", result.Out, StringComparison.Ordinal);
        Assert.Contains("│ We rewrote the session store over one weekend.", result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Json_names_each_finding_with_its_rule_and_line_and_ends_with_the_summary()
    {
        var bank = _files.WriteFile("bank.md", SampleBanks.WrongClaim);

        var result = await LintToolFixture.RunAsync(bank, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var story = json.RootElement.GetProperty("files")[0].GetProperty("stories")[0];
        var claim = story.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "SB6001");
        Assert.Equal(12, claim.GetProperty("line").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.EndsWith("}\n", result.Out.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_the_error_rule_off_in_the_configuration_exits_0()
    {
        var bank = _files.WriteFile("bank.md", SampleBanks.WrongClaim);
        var config = _files.WriteFile("storybank.json", """{ "rules": { "claim-does-not-add-up": "none" } }""");

        var result = await LintToolFixture.RunAsync(bank, "--config", config, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("SB6001", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_path_is_a_usage_error_with_exit_code_2()
    {
        var result = await LintToolFixture.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("storybank-lint: name the Markdown banks or folders to lint, e.g. storybank-lint bank.md (see storybank-lint --help)\n", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_with_exit_code_2()
    {
        var bank = _files.WriteFile("bank.md", SampleBanks.WrongClaim);

        var result = await LintToolFixture.RunAsync(bank, "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("storybank-lint: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_missing_file_is_one_line_naming_it_and_nothing_is_written()
    {
        var bank = _files.WriteFile("bank.md", SampleBanks.WrongClaim);
        var missing = Path.Combine(_files.Folder, "nope.md");

        var result = await LintToolFixture.RunAsync(bank, missing, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"storybank-lint: {missing}: no such file or folder\n", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_malformed_configuration_names_its_file_and_line_with_exit_code_2()
    {
        var bank = _files.WriteFile("bank.md", SampleBanks.WrongClaim);
        var config = _files.WriteFile("storybank.json", "{\n  \"wordsPerMinute\": \"fast\"\n}");

        var result = await LintToolFixture.RunAsync(bank, "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"storybank-lint: {config}:2: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_file_without_stories_is_reported_as_such_and_a_binary_file_in_a_folder_is_skipped()
    {
        _files.WriteFile("notes/notes.md", "# Notes\n\nNothing here yet.\n");
        File.WriteAllBytes(Path.Combine(_files.Folder, "notes", "logo.png"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);

        var result = await LintToolFixture.RunAsync(Path.Combine(_files.Folder, "notes"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.True(file.GetProperty("noStories").GetBoolean());
        Assert.EndsWith("notes.md", file.GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_rule_in_a_suppression_comment_names_the_file_and_line_with_exit_code_2()
    {
        var bank = _files.WriteFile("bank.md", SampleBanks.WrongClaim.Replace(
            "**Action:**\n", "**Action:**\n<!-- storybank-disable-next-line SB9999 -->\n", StringComparison.Ordinal));

        var result = await LintToolFixture.RunAsync(bank);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(":11:", result.Error, StringComparison.Ordinal);
        Assert.Contains("SB9999", result.Error, StringComparison.Ordinal);
    }
}
