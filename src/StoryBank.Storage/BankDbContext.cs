using Microsoft.EntityFrameworkCore;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage;

/// <summary>
/// The bank's provider-neutral EF Core context. The database provider is chosen by the options it is
/// built with (see <see cref="BankStoreOptions"/>); mappings live in the entity configurations.
/// </summary>
/// <remarks>Not thread-safe, like every <see cref="DbContext"/>. Use it through <see cref="BankStore"/>.</remarks>
public sealed class BankDbContext : DbContext
{
    /// <summary>Creates a context with the given provider options.</summary>
    public BankDbContext(DbContextOptions<BankDbContext> options)
        : base(options)
    {
    }

    internal DbSet<DocumentRow> Documents => Set<DocumentRow>();

    internal DbSet<StoryRow> Stories => Set<StoryRow>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BankDbContext).Assembly);
    }
}
