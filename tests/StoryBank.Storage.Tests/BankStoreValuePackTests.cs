using StoryBank.Core.Catalog;

namespace StoryBank.Storage.Tests;

/// <summary>The owner's value packs, run against every provider (see the sealed classes at the end).</summary>
public abstract class BankStoreValuePackTests(TestBank? bank) : IDisposable
{
    private TestBank Bank => bank ?? throw new SkipException(TestBank.PostgresSkipReason);

    public void Dispose()
    {
        bank?.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task AddValuePackAsync_GoodPack_StoredAsGivenAndListedParsed()
    {
        await using var store = await Bank.OpenAsync();

        var added = await store.AddValuePackAsync(SamplePacks.Initech, "initech.yaml", CancellationToken.None);

        var result = Assert.IsType<ValuePackResult.Added>(added);
        Assert.False(result.Replaced);
        var pack = Assert.Single(await store.ListValuePacksAsync(CancellationToken.None));
        Assert.Equal("Initech", pack.Company);
        Assert.Equal(["initech", "initech way"], pack.Aliases);
        Assert.Equal(["customer-first", "ship-it"], pack.Values.Select(v => v.Id));
        Assert.Equal(ValueKind.Pillar, pack.Values[1].Kind);
        Assert.Equal("initech.yaml", pack.Source);
    }

    [SkippableFact]
    public async Task AddValuePackAsync_SameCompanyInOtherCase_ReplacesIt()
    {
        await using var store = await Bank.OpenAsync();
        await store.AddValuePackAsync(SamplePacks.Initech, "initech.yaml", CancellationToken.None);

        var second = await store.AddValuePackAsync(SamplePacks.Initech.Replace("company: Initech", "company: INITECH", StringComparison.Ordinal).Replace("Ship It", "Ship Daily", StringComparison.Ordinal), "initech-2.yaml", CancellationToken.None);

        Assert.True(Assert.IsType<ValuePackResult.Added>(second).Replaced);
        var pack = Assert.Single(await store.ListValuePacksAsync(CancellationToken.None));
        Assert.Equal("INITECH", pack.Company);
        Assert.Equal("Ship Daily", pack.Values[1].Name);
        Assert.Equal("initech-2.yaml", pack.Source);
    }

    [SkippableTheory]
    [InlineData("company: Initech\nvalues: [oops", "initech.yaml:3: not valid YAML")]
    [InlineData("company: Initech\nvalues:\n  - id: a\n    name: A\n    description: d\n    competencies: [ownrship]\n    questions: [q]\n", "initech.yaml:6: values[0].competencies: unknown competency 'ownrship'")]
    [InlineData("values:\n  - id: a\n", "initech.yaml:1: pack: 'company' is missing")]
    public async Task AddValuePackAsync_MalformedPack_RefusedWithFileAndLineAndNothingStored(string yaml, string expected)
    {
        await using var store = await Bank.OpenAsync();

        var added = await store.AddValuePackAsync(yaml, "initech.yaml", CancellationToken.None);

        Assert.StartsWith(expected, Assert.IsType<ValuePackResult.Refused>(added).Message, StringComparison.Ordinal);
        Assert.Empty(await store.ListValuePacksAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task RemoveValuePackAsync_CompanyInAnyCase_RemovesOnlyThatPack()
    {
        await using var store = await Bank.OpenAsync();
        await store.AddValuePackAsync(SamplePacks.Initech, "initech.yaml", CancellationToken.None);
        await store.AddValuePackAsync(SamplePacks.Initech.Replace("company: Initech", "company: Globex", StringComparison.Ordinal), "globex.yaml", CancellationToken.None);

        var removed = await store.RemoveValuePackAsync(" initech ", CancellationToken.None);
        var again = await store.RemoveValuePackAsync("Initech", CancellationToken.None);

        Assert.True(removed);
        Assert.False(again);
        Assert.Equal(["Globex"], (await store.ListValuePacksAsync(CancellationToken.None)).Select(p => p.Company));
    }

    [SkippableFact]
    public async Task ValuePacks_OtherOwner_NeitherSeesNorRemovesThem()
    {
        await using var alice = await Bank.OpenAsync();
        await alice.AddValuePackAsync(SamplePacks.Initech, "initech.yaml", CancellationToken.None);
        await using var bob = await Bank.OpenAsync("owner-b");

        var bobRemoved = await bob.RemoveValuePackAsync("Initech", CancellationToken.None);
        var bobAdded = await bob.AddValuePackAsync(SamplePacks.Initech.Replace("Ship It", "Bob's", StringComparison.Ordinal), "bob.yaml", CancellationToken.None);

        Assert.False(bobRemoved);
        Assert.False(Assert.IsType<ValuePackResult.Added>(bobAdded).Replaced);
        Assert.Equal("Ship It", Assert.Single(await alice.ListValuePacksAsync(CancellationToken.None)).Values[1].Name);
        Assert.Equal("Bob's", Assert.Single(await bob.ListValuePacksAsync(CancellationToken.None)).Values[1].Name);
    }
}

public sealed class SqliteBankStoreValuePackTests() : BankStoreValuePackTests(TestBank.Sqlite());

public sealed class PostgresBankStoreValuePackTests() : BankStoreValuePackTests(TestBank.Postgres());
