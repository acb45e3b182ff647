using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class TagCommandTests : IDisposable
{
    private const string Bank = """
        ## 1. The outage night
        **Competencies:** Crisis Management
        **Situation:** The payments API went down at 2 AM and I disagreed with my manager about the rollback.
        **Action:** I rolled back the release and paged the owners.
        **Result:** Service was back in 12 minutes.
        """;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Confirm_ThenTagInALaterRun_ShowsItConfirmedFirst()
    {
        var id = await ImportAsync();

        var confirm = await _cli.RunAsync("tag", id[..6], "--confirm", "mentoring", "Stakeholder Management");
        var tags = await TagsAsync(id);
        var text = await _cli.RunAsync("tag", id);

        Assert.Equal(0, confirm.ExitCode);
        Assert.Equal(("mentoring", "confirmed"), (tags[0].Id, tags[0].Tag));
        Assert.Contains(("stakeholder-management", "confirmed"), tags.Select(t => (t.Id, t.Tag)));
        Assert.Equal(10, tags[0].Weight);
        Assert.Contains("confirmed", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_CompetencyTheTextShows_HiddenFromTheProfileAndMarkedRemoved()
    {
        var id = await ImportAsync();
        var before = await TagsAsync(id);

        var remove = await _cli.RunAsync("tag", id, "--remove", "conflict");
        var after = await TagsAsync(id);

        Assert.Equal(0, remove.ExitCode);
        Assert.Contains(before, t => t is { Id: "conflict", Tag: null, Weight: > 0 });
        var conflict = Assert.Single(after, t => t.Id == "conflict");
        Assert.Equal(("removed", 0.0), (conflict.Tag, conflict.Weight));
        Assert.Equal(after[^1], conflict);
        Assert.Equal(before.Where(t => t.Id != "conflict").Select(t => t.Id), after.SkipLast(1).Select(t => t.Id));
    }

    [Fact]
    public async Task Company_ShowsTheValuesTheStoryCoversWithReasons_AndFollowsTheOverrides()
    {
        var id = await ImportAsync();

        var before = await _cli.RunAsync("tag", id, "--company", "amazon", "--json");
        await _cli.RunAsync("tag", id, "--remove", "conflict");
        var after = await _cli.RunAsync("tag", id, "--company", "amazon", "--json");

        Assert.Equal(0, before.ExitCode);
        double Strength(CliResult result, string value)
        {
            using var json = JsonDocument.Parse(result.Out);
            return json.RootElement.GetProperty("values").EnumerateArray()
                .Where(v => v.GetProperty("id").GetString() == value)
                .Select(v => v.GetProperty("strength").GetDouble())
                .SingleOrDefault();
        }

        // "disagreed with my manager" is conflict, which Have Backbone draws on; without the tag the value is weaker.
        Assert.True(Strength(before, "have-backbone-disagree-and-commit") > Strength(after, "have-backbone-disagree-and-commit"));
        using var values = JsonDocument.Parse(before.Out);
        Assert.All(values.RootElement.GetProperty("values").EnumerateArray(), v => Assert.NotEmpty(v.GetProperty("reasons").EnumerateArray()));
    }

    [Fact]
    public async Task Company_Unknown_ExitsOneAndSavesNothing()
    {
        var id = await ImportAsync();

        var result = await _cli.RunAsync("tag", id, "--confirm", "mentoring", "--company", "initech");
        var tags = await TagsAsync(id);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown company 'initech'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(tags, t => t.Tag == "confirmed");
    }

    [Fact]
    public async Task Clear_AfterRemove_TheTextDecidesAgain()
    {
        var id = await ImportAsync();
        var before = await TagsAsync(id);
        await _cli.RunAsync("tag", id, "--remove", "conflict", "--confirm", "mentoring");

        var clear = await _cli.RunAsync("tag", id, "--clear", "conflict", "mentoring");

        Assert.Equal(0, clear.ExitCode);
        Assert.Equal(before, await TagsAsync(id));
    }

    [Theory]
    [InlineData("--confirm", "mentorng", "storybank: unknown competency 'mentorng'; did you mean mentoring?")]
    [InlineData("--remove", "conflikt", "storybank: unknown competency 'conflikt'; did you mean conflict?")]
    public async Task Tag_UnknownCompetency_ExitsOneSuggestingAndChangesNothing(string option, string competency, string expected)
    {
        var id = await ImportAsync();
        var before = await TagsAsync(id);

        var result = await _cli.RunAsync("tag", id, "--confirm", "mentoring", option, competency);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
        Assert.Equal(before, await TagsAsync(id));
    }

    [Fact]
    public async Task Tag_UnknownStoryOrAnotherOwner_ExitsOne()
    {
        var id = await ImportAsync();

        var unknown = await _cli.RunAsync("tag", "ffffffffffff", "--confirm", "conflict");
        var mallory = await _cli.RunAsync("tag", id, "--remove", "conflict", "--owner", "mallory");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("storybank: no story with id 'ffffffffffff'", unknown.Error.Trim());
        Assert.Equal(1, mallory.ExitCode);
        Assert.Contains(await TagsAsync(id), t => t is { Id: "conflict", Tag: null });
    }

    private async Task<string> ImportAsync()
    {
        await _cli.RunAsync("import", _cli.WriteFile("bank.md", Bank));
        using var list = JsonDocument.Parse((await _cli.RunAsync("list", "--json")).Out);
        return list.RootElement[0].GetProperty("id").GetString()!;
    }

    private async Task<List<(string Id, string? Tag, double Weight)>> TagsAsync(string id)
    {
        var result = await _cli.RunAsync("tag", id, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.GetProperty("competencies").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("tag").GetString(), c.GetProperty("weight").GetDouble()))];
    }
}
