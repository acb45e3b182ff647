using Microsoft.EntityFrameworkCore;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage;

/// <summary>
/// The bank's provider-neutral EF Core context: the model and its mappings (in the entity configurations).
/// Each database provider has a derived context of its own only so that it owns its migrations
/// (<see cref="SqliteBankDbContext"/>, <see cref="PostgresBankDbContext"/>).
/// </summary>
/// <remarks>Not thread-safe, like every <see cref="DbContext"/>. Use it through <see cref="BankStore"/>.</remarks>
public abstract class BankDbContext : DbContext
{
    /// <summary>Creates a context with the given provider options.</summary>
    protected BankDbContext(DbContextOptions options)
        : base(options)
    {
    }

    internal DbSet<DocumentRow> Documents => Set<DocumentRow>();

    internal DbSet<StoryRow> Stories => Set<StoryRow>();

    internal DbSet<StoryRevisionRow> StoryRevisions => Set<StoryRevisionRow>();

    internal DbSet<ValuePackRow> ValuePacks => Set<ValuePackRow>();

    internal DbSet<TagOverrideRow> TagOverrides => Set<TagOverrideRow>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BankDbContext).Assembly);
    }
}

/// <summary>The bank on SQLite; its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteBankDbContext(DbContextOptions<SqliteBankDbContext> options) : BankDbContext(options);

/// <summary>The bank on PostgreSQL; its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresBankDbContext(DbContextOptions<PostgresBankDbContext> options) : BankDbContext(options);
