using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class MatchCommandTests : IDisposable
{
    private const string Bank = """
        # My stories

        ## 1. The leak that woke us up (Billing)

        **Best for questions:**
        - "How did you debug a hard production problem?"
        - "Tell me about a bug that was hard to find"

        **Situation:** The billing service crashed every night at 2am.
        **Task:** I owned the on-call fix.
        **Action:** I took heap dumps, dove into the allocation traces and found a cache that never evicted.
        **Result:** Memory stayed flat and the pages stopped: zero crashes in 90 days.

        ## 2. Pushing back on a rushed launch (Checkout)

        **Best for questions:**
        - "Tell me about a time you disagreed with your manager"
        - "Describe a conflict at work"

        **Situation:** My manager wanted to launch before the load tests were done.
        **Task:** Protect the launch without blocking the team.
        **Action:** I disagreed openly, showed the error budget and proposed a two-day delay with a plan.
        **Result:** We launched two days later with no incidents.

        ## 3. The outage I caused (Search)

        **Best for questions:**
        - "Tell me about a time you failed"

        **Situation:** I shipped a config change without a canary.
        **Task:** Restore search quickly.
        **Action:** I rolled back, wrote the postmortem and added staged config rollouts.
        **Result:** Search was back in 40 minutes; no config outage since. I learned to stage every config change.
        """;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task ImportBankAsync()
    {
        var imported = await _cli.RunAsync("import", _cli.WriteFile("bank.md", Bank));
        Assert.Equal(0, imported.ExitCode);
    }

    [Fact]
    public async Task Match_WeighsMeaningByDefault_CachesTheVectors_AndWordsOnlyLeavesTheModelOut()
    {
        await ImportBankAsync();

        // No word of the question is in the outage story, nor a phrase of the taxonomy: only meaning connects them.
        var result = await _cli.RunAsync("match", "Tell me about a change of yours that took a service down", "--json");
        Assert.Equal(0, result.ExitCode);
        var stories = JsonDocument.Parse(result.Out).RootElement.GetProperty("stories");
        Assert.Contains(stories.EnumerateArray(), s => s.GetProperty("reasons").EnumerateArray()
            .Any(r => r.GetString()!.StartsWith("close in meaning to the query (all-MiniLM-L6-v2)", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(_cli.Folder, "home", ".cache", "storybank", "vectors-all-MiniLM-L6-v2.bin")));

        var wordsOnly = await _cli.RunAsync("match", "Tell me about a change of yours that took a service down", "--json", "--words-only");
        Assert.Equal(0, wordsOnly.ExitCode);
        Assert.DoesNotContain("close in meaning", wordsOnly.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_AnswersWhenTheVectorCacheCannotBeWritten_AndSaysSo()
    {
        await ImportBankAsync();
        var home = Path.Combine(_cli.Folder, "home");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, ".cache"), "a file where the cache folder would go");

        var result = await _cli.RunAsync("match", "Tell me about a time you failed");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The outage I caused", result.Out, StringComparison.Ordinal);
        Assert.Contains("the vectors could not be cached", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_Json_HasTheFrameworkWithItsTimePlanAndRankedStoriesWithReasons()
    {
        await ImportBankAsync();

        var result = await _cli.RunAsync("match", "How did you track down a memory leak?", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("How did you track down a memory leak?", root.GetProperty("query").GetString());
        Assert.Equal("PAR", root.GetProperty("framework").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("framework").GetProperty("reason").GetString()));
        Assert.Equal(["Problem", "Action", "Result"], root.GetProperty("framework").GetProperty("timePlan").EnumerateArray().Select(p => p.GetProperty("part").GetString()));
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        Assert.InRange(stories.Count, 1, 3);
        Assert.Equal("The leak that woke us up (Billing)", stories[0].GetProperty("title").GetString());
        Assert.Equal("go-to", stories[0].GetProperty("role").GetString());
        Assert.True(stories[0].GetProperty("score").GetDouble() > 0);
        Assert.NotEmpty(stories[0].GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public async Task Match_Text_ShowsTheGoToStoryAndTheFramework()
    {
        await ImportBankAsync();

        var result = await _cli.RunAsync("match", "Tell", "me", "about", "a", "time", "you", "failed");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("CARL", result.Out, StringComparison.Ordinal);
        Assert.Contains("The outage I caused", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_UnknownCompany_ExitsOneListingTheKnownPacks()
    {
        await ImportBankAsync();

        var result = await _cli.RunAsync("match", "Dive Deep", "--company", "initech");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown company 'initech'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Amazon", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Match_EmptyBank_ExitsOneAndSaysToImport()
    {
        var result = await _cli.RunAsync("match", "Tell me about a conflict");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no stories", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("?!")]
    public async Task Match_EmptyQuery_ExitsOne(string query)
    {
        await ImportBankAsync();

        var result = await _cli.RunAsync("match", query);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the query is empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_TenThousandCharacterQuery_ExitsOneNamingTheLength()
    {
        await ImportBankAsync();

        var result = await _cli.RunAsync("match", new string('x', 10_000));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("10,000 characters", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_TopOutOfRange_ExitsOne()
    {
        var result = await _cli.RunAsync("match", "conflict", "--top", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--top", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_Json_MeasuresBothRankingsOnTheBanksOwnMappings()
    {
        await ImportBankAsync();

        var result = await _cli.RunAsync("eval", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var document = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(5, document.GetProperty("mappings").GetInt32()); // the five best-for questions
        var top3 = document.GetProperty("matcher").GetProperty("top3").GetDouble();
        Assert.InRange(top3, 0, 1);
        Assert.Equal(5, document.GetProperty("cases").GetArrayLength());
        Assert.True(document.GetProperty("bm25").TryGetProperty("top1", out _));
        Assert.Equal("all-MiniLM-L6-v2", document.GetProperty("matcher").GetProperty("meaning").GetString());

        var wordsOnly = await _cli.RunAsync("eval", "--json", "--words-only");
        Assert.Equal(0, wordsOnly.ExitCode);
        using var words = JsonDocument.Parse(wordsOnly.Out);
        Assert.Equal(JsonValueKind.Null, Assert.Single(words.RootElement.EnumerateArray()).GetProperty("matcher").GetProperty("meaning").ValueKind);
    }

    [Fact]
    public async Task Eval_BankWithoutMappings_ExitsOne()
    {
        var imported = await _cli.RunAsync("import", _cli.WriteFile("plain.md", """
            # Stories

            ## A quiet win

            **Situation:** Builds were slow.
            **Task:** Make them fast.
            **Action:** I cached the restore step.
            **Result:** Builds went from 20 to 8 minutes.
            """));
        Assert.Equal(0, imported.ExitCode);

        var result = await _cli.RunAsync("eval");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing to measure", result.Error, StringComparison.Ordinal);
    }
}
