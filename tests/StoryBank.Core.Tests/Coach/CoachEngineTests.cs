using System.Text;
using StoryBank.Core.Coach;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Coach;

/// <summary>The engine around the rules: spans, suppressions, configuration, readiness and the seeds.</summary>
public sealed class CoachEngineTests
{
    private const string WeStory = """
        ## Moving the nightly jobs

        **Situation:** The nightly jobs ran on one server.
        **Task:** I owned the jobs.
        **Action:**
        We rewrote the scheduler over one weekend.
        **Result:** Failed jobs fell from 40 to 2 a month.
        """;

    [Fact]
    public void A_finding_points_at_the_line_and_columns_of_the_words_in_the_source()
    {
        var finding = Assert.Single(CoachHarness.Lint(WeStory).Of("SB2001"));
        Assert.Equal(6, finding.Location.Line);
        Assert.Equal(1, finding.Location.Column);
        Assert.Equal(3, finding.Location.EndColumn);
        Assert.Equal("We", finding.Excerpt);
    }

    [Theory]
    [InlineData("SB2001")]
    [InlineData("we-instead-of-i")]
    [InlineData("")]
    public void A_disable_next_line_comment_silences_the_named_rule_on_the_next_line(string rule)
    {
        var suppressed = WeStory.Replace("We rewrote", $"<!-- storybank-disable-next-line {rule} -->\nWe rewrote", StringComparison.Ordinal);
        Assert.Empty(CoachHarness.Lint(suppressed).Of("SB2001"));
    }

    [Fact]
    public void A_disable_comment_for_another_rule_leaves_the_finding()
    {
        var suppressed = WeStory.Replace("We rewrote", "<!-- storybank-disable-next-line SB3001 -->\nWe rewrote", StringComparison.Ordinal);
        Assert.Single(CoachHarness.Lint(suppressed).Of("SB2001"));
    }

    [Fact]
    public void A_disable_comment_naming_an_unknown_rule_is_an_error_with_file_and_line()
    {
        var bad = WeStory.Replace("We rewrote", "<!-- storybank-disable-next-line SB9999 -->\nWe rewrote", StringComparison.Ordinal);
        var error = Assert.Throws<CoachConfigurationException>(() => CoachHarness.Lint(bad, file: "bank.md"));
        Assert.Equal("bank.md:6: unknown rule 'SB9999' in storybank-disable-next-line", error.Message);
    }

    [Fact]
    public void The_configuration_sets_rates_thresholds_and_severities_by_id_or_alias()
    {
        var options = CoachConfig.Parse("""
            {
              "$schema": "docs/schema/storybank.schema.json",
              "wordsPerMinute": 120,
              "fullVersion": { "minSeconds": 90, "maxSeconds": 150 },
              "shortVersion": { "maxSeconds": 30 },
              "balance": { "minActionShare": 0.5, "maxSetupShare": 0.3 },
              "rules": { "SB2001": "error", "full-version-too-short": "none" }
            }
            """u8, "storybank.json");
        Assert.Equal(120, options.WordsPerMinute);
        Assert.Equal((90, 150, 30), (options.FullMinSeconds, options.FullMaxSeconds, options.ShortMaxSeconds));
        Assert.Equal((0.5, 0.3), (options.MinActionShare, options.MaxSetupShare));
        var report = CoachHarness.Lint(WeStory, options);
        Assert.Equal(Severity.Error, Assert.Single(report.Of("SB2001")).Severity);
        Assert.Empty(report.Of("SB5002"));
    }

    [Theory]
    [InlineData("{\n  \"rules\": {\n    \"SB9999\": \"error\"\n  }\n}", 3, "unknown rule 'SB9999'")]
    [InlineData("{\n  \"wordsPerMinute\": \"fast\"\n}", 2, "wordsPerMinute must be a number")]
    [InlineData("{\n  \"wordsPerMinute\": 5000\n}", 2, "wordsPerMinute is 5000")]
    [InlineData("{\n  \"colour\": true\n}", 2, "unknown setting \"colour\"")]
    [InlineData("{\n  \"rules\": { \"SB2001\": \"loud\" }\n}", 2, "rules.SB2001 is \"loud\"")]
    [InlineData("{\n  \"wordsPerMinute\": 150,\n  \"rules\": {\n}", 4, "not valid JSON")]
    public void A_bad_configuration_names_the_file_and_line(string json, int line, string problem)
    {
        var error = Assert.Throws<CoachConfigurationException>(() => CoachConfig.Parse(Encoding.UTF8.GetBytes(json), "conf/storybank.json"));
        Assert.StartsWith($"conf/storybank.json:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Readiness_loses_25_10_and_3_points_per_finding_counting_two_per_rule()
    {
        var rule = RuleCatalog.Find("SB2001")!;
        var other = RuleCatalog.Find("SB6001")!;
        Finding Make(RuleDescriptor r, Severity s) => new(r, s, "", "id", "t", new SourceSpan("f", 1, 1, 1, 1), "", []);
        Assert.Equal(100, ReadinessScore.Of([]));
        Assert.Equal(80, ReadinessScore.Of([Make(rule, Severity.Warning), Make(rule, Severity.Warning), Make(rule, Severity.Warning)]));
        Assert.Equal(62, ReadinessScore.Of([Make(other, Severity.Error), Make(rule, Severity.Warning), Make(rule, Severity.Note), Make(rule, Severity.Note)]));
        Assert.Equal(0, ReadinessScore.Of([Make(other, Severity.Error), Make(other, Severity.Error), Make(rule, Severity.Error), Make(rule, Severity.Error), Make(RuleCatalog.Find("SB4001")!, Severity.Error)]));
    }

    [Fact]
    public void A_document_without_stories_lints_to_an_empty_report()
    {
        var document = new Model.Document("d", "Notes", new Model.SourceRef("notes.md", 1, 3), [], [], []);
        var report = StoryCoach.Lint(document, CoachOptions.Default, new Core.Coach.Text.SourceLines("# Notes\n\nNothing here yet.\n"));
        Assert.Empty(report.Stories);
        Assert.Equal("notes.md", report.File);
    }

    [SeedFact]
    public void In_the_seeds_the_numbers_check_finds_the_20x_that_its_own_figures_make_25x_and_accepts_the_rest()
    {
        var findings = Seeds().SelectMany(r => r.Findings).Where(f => f.Rule.Id == "SB6001").ToArray();
        var finding = Assert.Single(findings);
        Assert.Equal("Scaling to 100K Concurrent Users (Tawasal)", finding.StoryTitle);
        Assert.Equal("20x", finding.Excerpt);
        Assert.EndsWith("is 25x", finding.Message, StringComparison.Ordinal);
        Assert.Equal(157, finding.Location.Line);
    }

    [SeedFact]
    public void In_the_seeds_every_finding_points_inside_its_story_and_no_rule_raises_an_error_except_the_numbers_check()
    {
        foreach (var report in Seeds())
        {
            foreach (var story in report.Stories)
            {
                Assert.All(story.Findings, f => Assert.InRange(f.Location.Line, story.Story.Source.StartLine, story.Story.Source.EndLine));
            }

            Assert.All(report.Findings.Where(f => f.Severity == Severity.Error), f => Assert.Equal("SB6001", f.Rule.Id));
        }
    }

    private static IEnumerable<DocumentReport> Seeds()
    {
        foreach (var file in Directory.GetFiles(SeedFactAttribute.SeedsFolder!).Order(StringComparer.Ordinal))
        {
            var outcome = BankImporter.Import(File.ReadAllBytes(file), file);
            var text = Core.Import.Text.TextDecoder.Decode(File.ReadAllBytes(file)).Text!.Text;
            yield return StoryCoach.Lint(outcome.File!.Document, CoachOptions.Default, new Core.Coach.Text.SourceLines(text));
        }
    }
}

/// <summary>docs/schema/storybank.schema.json names every rule the coach knows, by ID and alias.</summary>
public sealed class ConfigSchemaTests
{
    [Fact]
    public void The_schema_lists_every_rule_id_and_alias_and_nothing_else()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "schema", "storybank.schema.json")));
        var names = schema.RootElement.GetProperty("properties").GetProperty("rules").GetProperty("propertyNames").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        var expected = RuleCatalog.All.SelectMany(r => new[] { r.Descriptor.Id, r.Descriptor.Alias }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, names);
    }
}
