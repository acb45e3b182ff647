using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class SimilarCommandTests : IDisposable
{
    // Stories 1 and 2: one project, the same competencies in other words. Stories 3 and 5: one story told twice.
    private const string Bank = """
        # My stories

        ## 1. The payments release

        **Project:** Payments

        **Situation:** The VP wanted the new payments flow live before the holiday freeze.
        **Task:** Get the release ready.
        **Action:** I disagreed with the date in the review, showed the load test results and took ownership of a fallback plan.
        **Result:** We shipped one week later, calmly.

        ## 2. The refunds timeline

        **Project:** payments

        **Situation:** Product wanted the refunds API out early.
        **Task:** Keep the release safe.
        **Action:** I pushed back on the timeline, proposed a phased plan and took ownership of the checklist.
        **Result:** Refunds launched in phases.

        ## 3. Approvals Framework (E2E)

        **Situation:** There was no unified way to add approvals across products, only bespoke implementations.
        **Task:** Build the framework end to end.
        **Action:** I designed the orchestration and evaluator services, led the integrations and built monitoring and alerting.
        **Result:** A reusable approvals platform adopted by multiple teams.

        ## 4. The outage I caused

        **Situation:** I shipped a config change without a canary.
        **Task:** Restore search quickly.
        **Action:** I rolled back, wrote the postmortem and added staged config rollouts.
        **Result:** Search was back in 40 minutes.

        ## 5. Approvals Framework E2E

        **Situation:** We needed a unified approvals capability.
        **Task:** Deliver it from design to rollout.
        **Action:** I authored the architecture, implemented the evaluator services, built observability and drove the integrations.
        **Result:** Multi-team adoption and stable operations.
        """;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task ImportBankAsync()
    {
        var imported = await _cli.RunAsync("import", _cli.WriteFile("bank.md", Bank));
        Assert.Equal(0, imported.ExitCode);
    }

    private async Task<List<JsonElement>> PairsAsync(params string[] options)
    {
        var result = await _cli.RunAsync(["similar", "--json", .. options]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.EnumerateArray().Select(p => p.Clone())];
    }

    private static (string?, string?) Titles(JsonElement pair) =>
        (pair.GetProperty("first").GetProperty("title").GetString(), pair.GetProperty("second").GetProperty("title").GetString());

    [Fact]
    public async Task Similar_Json_ListsBothPairsWithIdsTitlesScoreKindsAndReasons()
    {
        await ImportBankAsync();

        var pairs = await PairsAsync();

        Assert.Equal([("The payments release", "The refunds timeline"), ("Approvals Framework (E2E)", "Approvals Framework E2E")], pairs.Select(Titles));
        var sameProject = pairs[0];
        Assert.Equal(["first", "second", "score", "kinds", "reasons"], sameProject.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "title"], sameProject.GetProperty("first").EnumerateObject().Select(p => p.Name));
        Assert.Equal(12, sameProject.GetProperty("first").GetProperty("id").GetString()!.Length);
        Assert.Equal(1.0, sameProject.GetProperty("score").GetDouble(), 10);
        Assert.Equal(["same-project"], sameProject.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        var reason = Assert.Single(sameProject.GetProperty("reasons").EnumerateArray()).GetString();
        Assert.Contains("project \"Payments\"", reason, StringComparison.Ordinal);
        Assert.Contains("conflict (first: \"disagreed\" in its text; second: \"pushed back\" in its text)", reason, StringComparison.Ordinal);

        var retold = pairs[1];
        // A retelling: in its wording, and (the model reads it) in its meaning.
        Assert.Equal(["near-duplicate-text", "same-meaning"], retold.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.InRange(retold.GetProperty("score").GetDouble(), 0.6, 1.0);
        Assert.StartsWith("near-duplicate text: the titles share 100% of their wording", retold.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("alike in meaning: the mean sentence embeddings", retold.GetProperty("reasons")[1].GetString(), StringComparison.Ordinal);

        var wordsOnly = await _cli.RunAsync("similar", "--json", "--words-only");
        Assert.Equal(0, wordsOnly.ExitCode);
        using var words = JsonDocument.Parse(wordsOnly.Out);
        Assert.Equal(["near-duplicate-text"], words.RootElement[1].GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Similar_Text_ShowsEachPairWithItsReasonsAndACount()
    {
        await ImportBankAsync();

        var result = await _cli.RunAsync("similar");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1.00  The payments release (", result.Out, StringComparison.Ordinal);
        Assert.Contains("• both about project \"Payments\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("2 pairs of the 5 stories alike at 0.60 or more", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Similar_HighThreshold_ListsOnlyThePairsAboveIt()
    {
        await ImportBankAsync();

        var pairs = await PairsAsync("--threshold", "0.9");

        Assert.Equal([("The payments release", "The refunds timeline")], pairs.Select(Titles));
    }

    [Fact]
    public async Task Similar_NoPairAtTheThreshold_ExitsZeroSayingSo()
    {
        var imported = await _cli.RunAsync("import", _cli.WriteFile("two.md", """
            ## The outage I caused

            **Situation:** I shipped a config change without a canary.
            **Action:** I rolled back and added staged config rollouts.

            ## Hiring a designer

            **Situation:** We had no product designer.
            **Action:** I wrote the job description and ran the interviews.
            """));
        Assert.Equal(0, imported.ExitCode);

        var text = await _cli.RunAsync("similar");
        var json = await PairsAsync();

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("No two of the 2 stories are alike at 0.60 or more", text.Out, StringComparison.Ordinal);
        Assert.Empty(json);
    }

    [Fact]
    public async Task Similar_UsesTheOwnersTagOverrides()
    {
        await ImportBankAsync();
        var second = (await PairsAsync())[0].GetProperty("second").GetProperty("id").GetString()!;

        var removed = await _cli.RunAsync("tag", second, "--remove", "conflict", "ownership");
        var pairs = await PairsAsync();

        Assert.Equal(0, removed.ExitCode);
        Assert.Equal([("Approvals Framework (E2E)", "Approvals Framework E2E")], pairs.Select(Titles));
    }

    [Fact]
    public async Task Similar_EmptyBank_ExitsOneAndSaysToImport()
    {
        var result = await _cli.RunAsync("similar");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no stories", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    [InlineData("high")]
    public async Task Similar_BadThreshold_ExitsOneWithOneLine(string threshold)
    {
        await ImportBankAsync();

        var result = await _cli.RunAsync("similar", "--threshold", threshold);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("threshold", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Empty(result.Out);
    }

    [SeedFact]
    public async Task Similar_Seed002_FindsTheApprovalsFrameworkRetelling()
    {
        var seed = Directory.GetFiles(SeedFactAttribute.SeedsFolder!, "002_*.txt").Single();
        Assert.Equal(0, (await _cli.RunAsync("import", seed)).ExitCode);

        var pairs = await PairsAsync();

        Assert.Contains(("Approvals Framework (E2E)", "Approvals Framework E2E"), pairs.Select(Titles));
        Assert.All(pairs, p => Assert.InRange(p.GetProperty("score").GetDouble(), 0.6, 1.0));
    }
}
