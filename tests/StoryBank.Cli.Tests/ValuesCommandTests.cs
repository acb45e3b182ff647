using System.Text.Json;

namespace StoryBank.Cli.Tests;

public sealed class ValuesCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Add_GoodPack_PrintsCompanyAndCountAndShowFindsItByAlias()
    {
        var file = _cli.WriteFile("initech.yaml", SamplePacks.Initech);

        var add = await _cli.RunAsync("values", "add", file);
        var show = await _cli.RunAsync("values", "show", "INITECH WAY", "--json");
        var text = await _cli.RunAsync("values", "show", "initech");

        Assert.Equal(0, add.ExitCode);
        Assert.Equal("Added Initech: 2 values.", add.Out.Trim());
        using var json = JsonDocument.Parse(show.Out);
        var values = json.RootElement.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["Decisions start from what the customer needs.", "Small releases, often."], values.Select(v => v.GetProperty("description").GetString()));
        Assert.Equal(["customer-focus", "ownership"], values[0].GetProperty("competencies").EnumerateArray().Select(c => c.GetString()));
        Assert.False(json.RootElement.GetProperty("builtIn").GetBoolean());
        Assert.Contains("Ship It (ship-it, pillar)", text.Out, StringComparison.Ordinal);
        Assert.Contains("competencies: customer-focus, ownership", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_BuiltInAndAddedPacks_WithAliasesCountsAndSource()
    {
        var file = _cli.WriteFile("initech.yaml", SamplePacks.Initech);
        await _cli.RunAsync("values", "add", file);

        var list = await _cli.RunAsync("values", "list", "--json");
        var table = await _cli.RunAsync("values", "list");

        using var json = JsonDocument.Parse(list.Out);
        var packs = json.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("company").GetString()!);
        Assert.Equal(["Amazon", "Atlassian", "Google", "Initech", "Meta", "Microsoft", "Netflix"], packs.Keys);
        Assert.Equal(2, packs["Initech"].GetProperty("values").GetInt32());
        Assert.Equal(["initech", "initech way"], packs["Initech"].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(file, packs["Initech"].GetProperty("source").GetString());
        Assert.False(packs["Initech"].GetProperty("builtIn").GetBoolean());
        Assert.True(packs["Amazon"].GetProperty("builtIn").GetBoolean());
        Assert.Contains("added from", table.Out, StringComparison.Ordinal);
        Assert.Contains("built in", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_BrokenYaml_ExitsOneWithFileAndLineAndStoresNothing()
    {
        var file = _cli.WriteFile("broken.yaml", "company: Initech\nvalues:\n  - id: a\n   name: b\n");

        var add = await _cli.RunAsync("values", "add", file);

        Assert.Equal(1, add.ExitCode);
        Assert.StartsWith($"storybank: {file}:4: not valid YAML", add.Error, StringComparison.Ordinal);
        Assert.Single(add.Error.Trim().Split('\n'));
        Assert.Equal(1, (await _cli.RunAsync("values", "show", "initech")).ExitCode);
    }

    [Fact]
    public async Task Add_UnknownCompetency_ExitsOneNamingFileAndLine()
    {
        var file = _cli.WriteFile("typo.yaml", SamplePacks.Initech.Replace("[delivery]", "[delivry]", StringComparison.Ordinal));

        var add = await _cli.RunAsync("values", "add", file, "--json");

        Assert.Equal(1, add.ExitCode);
        Assert.StartsWith($"storybank: {file}:14: values[1].competencies: unknown competency 'delivry'", add.Error, StringComparison.Ordinal);
        Assert.Equal("", add.Out);
        Assert.Equal(1, (await _cli.RunAsync("values", "show", "initech")).ExitCode);
    }

    [Fact]
    public async Task Show_UnknownCompany_ExitsOneListingThePacks()
    {
        await _cli.RunAsync("values", "add", _cli.WriteFile("initech.yaml", SamplePacks.Initech));

        var show = await _cli.RunAsync("values", "show", "Globex");

        Assert.Equal(1, show.ExitCode);
        Assert.Equal("storybank: unknown company 'Globex'; known value packs: Amazon, Atlassian, Google, Initech, Meta, Microsoft, Netflix (add one with `storybank values add FILE`)", show.Error.Trim());
    }

    [Fact]
    public async Task AddAgain_SameCompany_ReplacesTheEarlierPack()
    {
        await _cli.RunAsync("values", "add", _cli.WriteFile("initech.yaml", SamplePacks.Initech));

        var again = await _cli.RunAsync("values", "add", _cli.WriteFile("initech-v2.yaml", SamplePacks.Initech.Replace("Ship It", "Ship Daily", StringComparison.Ordinal)));
        var show = await _cli.RunAsync("values", "show", "initech");

        Assert.Equal("Added Initech: 2 values, in place of your earlier Initech pack.", again.Out.Trim());
        Assert.Contains("Ship Daily", show.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Ship It", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAndRemove_PackOfABuiltInCompany_UsedInsteadThenTheBuiltInAgain()
    {
        var file = _cli.WriteFile("amazon.yaml", SamplePacks.Initech.Replace("company: Initech", "company: Amazon", StringComparison.Ordinal));

        var add = await _cli.RunAsync("values", "add", file);
        var mine = await _cli.RunAsync("values", "show", "AMAZON", "--json");
        var remove = await _cli.RunAsync("values", "remove", "amazon");
        var builtIn = await _cli.RunAsync("values", "show", "amazon", "--json");
        var removeBuiltIn = await _cli.RunAsync("values", "remove", "amazon");

        Assert.Contains("used instead of the built-in Amazon pack", add.Out, StringComparison.Ordinal);
        Assert.Equal(2, JsonDocument.Parse(mine.Out).RootElement.GetProperty("values").GetArrayLength());
        Assert.Equal("Removed Amazon; the built-in Amazon pack is used again.", remove.Out.Trim());
        Assert.True(JsonDocument.Parse(builtIn.Out).RootElement.GetProperty("builtIn").GetBoolean());
        Assert.Equal(1, removeBuiltIn.ExitCode);
        Assert.Contains("Amazon is a built-in pack", removeBuiltIn.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_AnotherOwner_NeitherSeesNorRemovesThePack()
    {
        await _cli.RunAsync("values", "add", _cli.WriteFile("initech.yaml", SamplePacks.Initech));

        var show = await _cli.RunAsync("values", "show", "initech", "--owner", "mallory");
        var remove = await _cli.RunAsync("values", "remove", "initech", "--owner", "mallory");

        Assert.Equal(1, show.ExitCode);
        Assert.Equal(1, remove.ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("values", "show", "initech")).ExitCode);
    }

    [Fact]
    public async Task Add_MissingFile_ExitsOneNamingIt()
    {
        var missing = Path.Combine(_cli.Folder, "missing.yaml");

        var add = await _cli.RunAsync("values", "add", missing);

        Assert.Equal(1, add.ExitCode);
        Assert.Equal($"storybank: {missing}: no such file", add.Error.Trim());
    }
}
