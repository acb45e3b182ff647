using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Catalog;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage;

public sealed partial class BankStore
{
    private IQueryable<ValuePackRow> OwnValuePacks => _db.ValuePacks.Where(p => p.OwnerId == OwnerId);

    /// <summary>
    /// Checks the value pack <paramref name="yaml"/> (read from the file <paramref name="fileName"/>) against the built-in
    /// competency taxonomy and stores it as given, replacing the owner's pack of the same company (case aside).
    /// </summary>
    /// <returns>The pack and whether it replaced one, or the problem as <c>file:line: problem</c> (nothing is stored then).</returns>
    public async Task<ValuePackResult> AddValuePackAsync(string yaml, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ValuePack pack;
        try
        {
            pack = ReadValuePack(yaml, fileName);
        }
        catch (CatalogFormatException e)
        {
            return new ValuePackResult.Refused(e.Message);
        }

        var key = CompanyKey(pack.Company);
        var row = await OwnValuePacks.FirstOrDefaultAsync(p => p.CompanyKey == key, cancellationToken).ConfigureAwait(false);
        var replaced = row is not null;
        if (row is null)
        {
            row = new ValuePackRow { OwnerId = OwnerId, CompanyKey = key, Company = pack.Company, Yaml = yaml, SourceFile = fileName };
            _db.ValuePacks.Add(row);
        }

        row.Company = pack.Company;
        row.Yaml = yaml;
        row.SourceFile = fileName;
        row.AddedAt = Now();
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        return new ValuePackResult.Added(pack, replaced);
    }

    /// <summary>The value packs the owner added, by company.</summary>
    public async Task<IReadOnlyList<ValuePack>> ListValuePacksAsync(CancellationToken cancellationToken)
    {
        var rows = await OwnValuePacks.AsNoTracking()
            .Select(p => new { p.CompanyKey, p.Yaml, p.SourceFile })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        // Ordered here: the providers' collations order texts differently.
        return [.. rows.OrderBy(r => r.CompanyKey, StringComparer.Ordinal).Select(r => ReadValuePack(r.Yaml, r.SourceFile))];
    }

    /// <summary>Removes the owner's pack of <paramref name="company"/> (case aside); false when there is none.</summary>
    public async Task<bool> RemoveValuePackAsync(string company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        var key = CompanyKey(company);
        return await OwnValuePacks.Where(p => p.CompanyKey == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private static ValuePack ReadValuePack(string yaml, string fileName) =>
        CatalogReader.ReadValuePack(yaml, fileName, InterviewCatalog.Default.CompetencyIds);

    private static string CompanyKey(string company) => company.Trim().ToLowerInvariant();
}

/// <summary>The result of adding a value pack.</summary>
public abstract record ValuePackResult
{
    private ValuePackResult()
    {
    }

    /// <summary>The pack is stored; <paramref name="Replaced"/> says whether it took the place of one of the same company.</summary>
    public sealed record Added(ValuePack Pack, bool Replaced) : ValuePackResult;

    /// <summary>The pack is malformed; <paramref name="Message"/> names the file and line (<c>file:line: problem</c>).</summary>
    public sealed record Refused(string Message) : ValuePackResult;
}
