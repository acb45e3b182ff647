using StoryBank.Core.Catalog;
using StoryBank.Storage;

namespace StoryBank.Cli.Catalog;

/// <summary>The company value packs a command can use: the built-in ones and the packs the bank's owner added.</summary>
internal static class CompanyPacks
{
    /// <summary>The catalogue the commands work with: the built-in one with the owner's packs added (an added pack replaces a built-in one of the same company).</summary>
    public static async Task<InterviewCatalog> CatalogAsync(BankStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var added = await store.ListValuePacksAsync(cancellationToken).ConfigureAwait(false);
        return added.Aggregate(InterviewCatalog.Default, (catalog, pack) => catalog.WithPack(pack));
    }

    /// <summary>True when <paramref name="pack"/> is one of the built-in packs, not one the owner added.</summary>
    public static bool IsBuiltIn(ValuePack pack) => InterviewCatalog.Default.Packs.Any(builtIn => ReferenceEquals(builtIn, pack));

    /// <summary>True when a built-in pack has the company <paramref name="company"/> (case aside): an added pack of it is used instead.</summary>
    public static bool HasBuiltIn(string company) => InterviewCatalog.Default.Packs.Any(p => p.Company.Equals(company, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The pack named <paramref name="name"/> (company or alias, case aside), or an error that lists the packs there are.
    /// </summary>
    public static async Task<(ValuePack? Pack, string? Error)> FindAsync(BankStore store, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var catalog = await CatalogAsync(store, cancellationToken).ConfigureAwait(false);
        if (catalog.FindPack(name) is { } pack)
        {
            return (pack, null);
        }

        var known = string.Join(", ", catalog.Packs.Select(p => p.Company).Order(StringComparer.OrdinalIgnoreCase));
        return (null, $"unknown company '{name.Trim()}'; known value packs: {known} (add one with `storybank values add FILE`)");
    }
}
