using System.Text.Json;

namespace StoryBank.Cli.Tests;

/// <summary><c>storybank plan</c> end to end on a SQLite file: a small bank written here, and the real seeds.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private const string SmallBank = """
        # My stories

        ## Story 1: The outage I owned

        **Competency:** Ownership, Customer focus

        **Situation:** Our checkout service failed for customers during a sale.
        **Task:** I was on call and took ownership of the incident.
        **Action:** I dug into the logs, found the root cause in a cache and shipped a fix before the deadline.
        **Result:** Checkout recovered in 20 minutes and we delivered the sale on time.

        ## Story 2: Saying no to the VP

        **Competency:** Conflict, Influence

        **Situation:** A VP wanted to skip load testing to launch early.
        **Task:** I disagreed and had to push back without authority.
        **Action:** I gathered data, showed the risk and convinced the team to keep the tests.
        **Result:** We launched a week later with no incident.

        ## Story 3: Teaching myself Kafka

        **Competency:** Learning, Initiative

        **Situation:** Nobody on the team knew Kafka.
        **Task:** I took the initiative to learn it.
        **Action:** I taught myself over two weeks and mentored two colleagues.
        **Result:** We migrated the queue and cut costs by 30%.
        """;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Plan_SmallBankAsJson_HasPortfolioGoToAndBackupGapsAndRoundsWithoutRepeats()
    {
        await ImportAsync(_cli.WriteFile("bank.md", SmallBank));

        var result = await _cli.RunAsync("plan", "--company", "amazon", "--stories", "2", "--rounds", "3", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var plan = json.RootElement;
        Assert.Equal("Amazon", plan.GetProperty("company").GetString());
        Assert.Equal(3, plan.GetProperty("bankStories").GetInt32());
        var portfolio = plan.GetProperty("portfolio");
        Assert.True(portfolio.GetProperty("exact").GetBoolean());
        Assert.Equal(2, portfolio.GetProperty("stories").GetArrayLength());
        Assert.All(portfolio.GetProperty("stories").EnumerateArray(), s => Assert.StartsWith("bank.md:", s.GetProperty("source").GetString(), StringComparison.Ordinal));
        var values = plan.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(16, values.Count);
        var ownership = values.Single(v => v.GetProperty("id").GetString() == "ownership");
        var goTo = ownership.GetProperty("goTo");
        Assert.Equal("The outage I owned", goTo.GetProperty("title").GetString());
        Assert.Contains(goTo.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("in its competency line", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Object, ownership.GetProperty("backup").ValueKind);
        Assert.All(values.Where(v => v.GetProperty("goTo").ValueKind == JsonValueKind.Null), v => Assert.False(string.IsNullOrEmpty(v.GetProperty("note").GetString())));
        var gaps = plan.GetProperty("gaps").EnumerateArray().ToList();
        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.StartsWith("Write a story", g.GetProperty("advice").GetString(), StringComparison.Ordinal));
        var rounds = plan.GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal(3, rounds.Count);
        var told = rounds.SelectMany(r => r.GetProperty("values").EnumerateArray())
            .Where(v => v.GetProperty("story").ValueKind == JsonValueKind.Object)
            .Select(v => v.GetProperty("story").GetProperty("id").GetString())
            .ToList();
        Assert.Equal(3, told.Count); // three stories, each told once
        Assert.Equal(told.Count, told.Distinct().Count());
        Assert.NotEmpty(plan.GetProperty("coverage").EnumerateArray());
    }

    [Fact]
    public async Task Plan_MarkdownAndTerminal_ShowEverySection()
    {
        await ImportAsync(_cli.WriteFile("bank.md", SmallBank));

        var markdown = await _cli.RunAsync("plan", "--company", "aws", "--rounds", "2", "--md");
        var terminal = await _cli.RunAsync("plan", "--company", "aws", "--rounds", "2");

        Assert.Equal(0, markdown.ExitCode);
        Assert.StartsWith("# Interview loop plan: Amazon", markdown.Out, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Portfolio", "## Go-to and backup per value", "## Gaps", "## Overuse", "### Round 2" })
        {
            Assert.Contains(heading, markdown.Out, StringComparison.Ordinal);
        }

        Assert.Contains("| Ownership | The outage I owned (", markdown.Out, StringComparison.Ordinal);
        Assert.Equal(0, terminal.ExitCode);
        Assert.Contains("Go-to and backup per value", terminal.Out, StringComparison.Ordinal);
        Assert.Contains("Round 2", terminal.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_UnknownCompany_ExitsOneListingThePacks()
    {
        await ImportAsync(_cli.WriteFile("bank.md", SmallBank));

        var result = await _cli.RunAsync("plan", "--company", "Initech");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("unknown company 'Initech'; known value packs: Amazon, Atlassian, Google", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Plan_EmptyBank_ExitsOneSayingHowToImport()
    {
        var result = await _cli.RunAsync("plan", "--company", "amazon");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the bank has no stories yet", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--stories", "0", "--stories must be 1 to 20, not 0")]
    [InlineData("--stories", "21", "--stories must be 1 to 20, not 21")]
    [InlineData("--rounds", "11", "--rounds must be 1 to 10, not 11")]
    [InlineData("--max-values", "0", "--max-values must be at least 1, not 0")]
    [InlineData("--stories", "many", "many")]
    public async Task Plan_BadNumber_ExitsOneWithOneLine(string option, string value, string message)
    {
        var result = await _cli.RunAsync("plan", "--company", "amazon", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Plan_JsonAndMarkdownTogether_ExitsOne()
    {
        var result = await _cli.RunAsync("plan", "--company", "amazon", "--json", "--md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--json and --md", result.Error, StringComparison.Ordinal);
    }

    [SeedFact]
    public Task Plan_Seed004ForAmazon_HasPortfolioGoToBackupGapsAndDistinctRounds() =>
        AssertSeedPlanAsync("004_902a915674ee3477.txt");

    [SeedFact]
    public Task Plan_Seed002ForAmazon_HasPortfolioGoToBackupGapsAndDistinctRounds() =>
        AssertSeedPlanAsync("002_100804521e9eac83.txt");

    private async Task AssertSeedPlanAsync(string seed)
    {
        await ImportAsync(Path.Combine(SeedFactAttribute.SeedsFolder!, seed));

        var result = await _cli.RunAsync("plan", "--company", "amazon", "--rounds", "4", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var plan = json.RootElement;
        var portfolio = plan.GetProperty("portfolio");
        Assert.True(portfolio.GetProperty("exact").GetBoolean());
        Assert.Equal(Math.Min(6, plan.GetProperty("bankStories").GetInt32()), portfolio.GetProperty("stories").GetArrayLength());
        var values = plan.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(16, values.Count);
        Assert.Contains(values, v => v.GetProperty("goTo").ValueKind == JsonValueKind.Object);
        Assert.Contains(values, v => v.GetProperty("backup").ValueKind == JsonValueKind.Object);
        Assert.All(values, v => Assert.True(
            v.GetProperty("goTo").ValueKind == JsonValueKind.Object || v.GetProperty("note").GetString() is { Length: > 0 },
            $"{v.GetProperty("id")} has neither a go-to nor a note"));
        var goToCounts = values.Where(v => v.GetProperty("goTo").ValueKind == JsonValueKind.Object)
            .GroupBy(v => v.GetProperty("goTo").GetProperty("id").GetString());
        Assert.All(goToCounts, g => Assert.True(g.Count() <= plan.GetProperty("maxValuesPerStory").GetInt32()));
        Assert.NotEmpty(plan.GetProperty("gaps").EnumerateArray()); // each seed leaves at least one Amazon value weakly covered
        Assert.All(plan.GetProperty("gaps").EnumerateArray(), g => Assert.False(string.IsNullOrEmpty(g.GetProperty("advice").GetString())));
        var slots = plan.GetProperty("rounds").EnumerateArray().SelectMany(r => r.GetProperty("values").EnumerateArray()).ToList();
        Assert.Equal(16, slots.Count);
        var told = slots.Where(s => s.GetProperty("story").ValueKind == JsonValueKind.Object).Select(s => s.GetProperty("story").GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(told);
        Assert.Equal(told.Count, told.Distinct().Count());
    }

    private async Task ImportAsync(string path)
    {
        var import = await _cli.RunAsync("import", path);
        Assert.Equal(0, import.ExitCode);
    }
}
