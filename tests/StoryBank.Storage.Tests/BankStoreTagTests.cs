using StoryBank.Core.Matching;

namespace StoryBank.Storage.Tests;

/// <summary>The owner's tag overrides, run against every provider (see the sealed classes at the end).</summary>
public abstract class BankStoreTagTests(TestBank? bank) : IDisposable
{
    private TestBank Bank => bank ?? throw new SkipException(TestBank.PostgresSkipReason);

    public void Dispose()
    {
        bank?.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task SetTagsAsync_ConfirmAndRemoveByPrefix_StoredPerStory()
    {
        await using var store = await SeedAsync();

        var saved = await store.SetTagsAsync("abcd1", [new("conflict", TagAction.Confirm), new("Customer Focus", TagAction.Remove)], CancellationToken.None);

        var result = Assert.IsType<TagResult.Saved>(saved);
        Assert.Equal("abcd11110000", result.StoryId);
        var overrides = await store.TagOverridesAsync(CancellationToken.None);
        var tags = Assert.Single(overrides, o => o.Key == "abcd11110000").Value;
        Assert.Equal(["conflict"], tags.Confirmed);
        Assert.Equal(["customer-focus"], tags.Removed);
    }

    [SkippableFact]
    public async Task SetTagsAsync_RemoveThenClear_OverrideChangesThenDisappears()
    {
        await using var store = await SeedAsync();
        await store.SetTagsAsync("abcd11110000", [new("ownership", TagAction.Confirm)], CancellationToken.None);

        await store.SetTagsAsync("abcd11110000", [new("ownership", TagAction.Remove)], CancellationToken.None);
        var removed = (await store.TagOverridesAsync(CancellationToken.None))["abcd11110000"];
        var cleared = await store.SetTagsAsync("abcd11110000", [new("ownership", TagAction.Clear), new("conflict", TagAction.Clear)], CancellationToken.None);

        Assert.Empty(removed.Confirmed);
        Assert.Equal(["ownership"], removed.Removed);
        Assert.Equal("abcd11110000", Assert.IsType<TagResult.Saved>(cleared).StoryId);
        Assert.Empty(await store.TagOverridesAsync(CancellationToken.None));
    }

    [SkippableTheory]
    [InlineData("abcd", "conflict", "'abcd' matches several stories: abcd11110000 (One), abcd22220000 (Two)")]
    [InlineData("0000", "conflict", "no story with id '0000'")]
    [InlineData("abcd1", "ownrship", "unknown competency 'ownrship'; did you mean ownership?")]
    [InlineData("abcd1", "lead", "unknown competency 'lead'; did you mean leadership?")]
    [InlineData("abcd1", "zzzzzzzz", "unknown competency 'zzzzzzzz'; known competencies: adaptability, ambiguity,")]
    public async Task SetTagsAsync_UnknownStoryOrCompetency_RefusedAndNothingStored(string story, string competency, string expected)
    {
        await using var store = await SeedAsync();

        var result = await store.SetTagsAsync(story, [new("ownership", TagAction.Confirm), new(competency, TagAction.Confirm)], CancellationToken.None);

        Assert.StartsWith(expected, Assert.IsType<TagResult.Refused>(result).Message, StringComparison.Ordinal);
        Assert.Empty(await store.TagOverridesAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task SetTagsAsync_SameCompetencyTwice_Refused()
    {
        await using var store = await SeedAsync();

        var result = await store.SetTagsAsync("abcd1", [new("ownership", TagAction.Confirm), new("Ownership", TagAction.Remove)], CancellationToken.None);

        Assert.Contains("'ownership' is given twice", Assert.IsType<TagResult.Refused>(result).Message, StringComparison.Ordinal);
        Assert.Empty(await store.TagOverridesAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task TagOverrides_OtherOwner_NeitherSeesNorSetsThem()
    {
        await (await SeedAsync()).DisposeAsync();
        await using (var local = await Bank.OpenAsync())
        {
            await local.SetTagsAsync("abcd11110000", [new("conflict", TagAction.Confirm)], CancellationToken.None);
        }

        await using var other = await Bank.OpenAsync("owner-b");
        var refused = await other.SetTagsAsync("abcd11110000", [new("conflict", TagAction.Remove)], CancellationToken.None);

        Assert.IsType<TagResult.Refused>(refused);
        Assert.Empty(await other.TagOverridesAsync(CancellationToken.None));
        await using var again = await Bank.OpenAsync();
        Assert.Equal(["conflict"], (await again.TagOverridesAsync(CancellationToken.None))["abcd11110000"].Confirmed);
    }

    private async Task<BankStore> SeedAsync()
    {
        var store = await Bank.OpenAsync();
        await store.ImportAsync(
            [Samples.File(Samples.Document("doc-z", "z-bank.md", Samples.Story("abcd22220000", "Two"), Samples.Story("abcd11110000", "One")))],
            CancellationToken.None);
        return store;
    }
}

public sealed class SqliteBankStoreTagTests() : BankStoreTagTests(TestBank.Sqlite());

public sealed class PostgresBankStoreTagTests() : BankStoreTagTests(TestBank.Postgres());
