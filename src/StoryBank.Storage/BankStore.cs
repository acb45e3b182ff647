using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Model;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage;

/// <summary>
/// The bank of one owner: every read and write goes through here and only ever sees that owner's rows.
/// </summary>
/// <remarks>Not thread-safe: one store per unit of work. Dispose it to release the database.</remarks>
public sealed partial class BankStore : IAsyncDisposable
{
    /// <summary>The owner of a bank on this machine, used by the command line.</summary>
    public const string LocalOwner = "local";

    /// <summary>The shortest id prefix a lookup accepts.</summary>
    public const int MinimumPrefixLength = 4;

    private const int MaxCandidates = 20;

    private readonly BankDbContext _db;
    private readonly TimeProvider _clock;

    private BankStore(BankDbContext db, string ownerId, TimeProvider clock)
    {
        _db = db;
        OwnerId = ownerId;
        _clock = clock;
    }

    /// <summary>The owner whose rows this store reads and writes.</summary>
    public string OwnerId { get; }

    private IQueryable<DocumentRow> OwnDocuments => _db.Documents.Where(d => d.OwnerId == OwnerId);

    private IQueryable<StoryRow> OwnStories => _db.Stories.Where(s => s.OwnerId == OwnerId);

    /// <summary>Opens the bank described by <paramref name="options"/> for <paramref name="ownerId"/>, creating or migrating the schema first.</summary>
    public static async Task<BankStore> OpenAsync(BankStoreOptions options, string ownerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        var db = BankDatabase.CreateContext(options);
        try
        {
            await BankDatabase.PrepareAsync(db, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new BankStore(db, ownerId, options.Clock);
    }

    /// <summary>
    /// Brings the schema of the bank described by <paramref name="options"/> up to date, as opening it would, and says
    /// which migrations that applied.
    /// </summary>
    public static async Task<BankSchema> MigrateAsync(BankStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var db = BankDatabase.CreateContext(options);
        await using (db.ConfigureAwait(false))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            await BankDatabase.PrepareAsync(db, options, cancellationToken).ConfigureAwait(false);
            return await SchemaOfAsync(db, pending, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The provider, location and schema version of this bank.</summary>
    public Task<BankSchema> SchemaAsync(CancellationToken cancellationToken) => SchemaOfAsync(_db, [], cancellationToken);

    private static async Task<BankSchema> SchemaOfAsync(BankDbContext db, IReadOnlyList<string> appliedNow, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        return new BankSchema(
            db is PostgresBankDbContext ? StorageProvider.Postgres : StorageProvider.Sqlite,
            BankDatabase.DescribeLocation(db),
            applied.LastOrDefault() ?? "(none)",
            appliedNow,
            pending);
    }

    /// <summary>Every story of the owner, by source file then position in the document.</summary>
    public async Task<IReadOnlyList<Story>> ListStoriesAsync(CancellationToken cancellationToken)
    {
        var payloads = await (
                from story in OwnStories
                join document in OwnDocuments on story.DocumentId equals document.Id
                orderby document.SourceFile, document.Id, story.Ordinal
                select story.Payload)
            .AsNoTracking()
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. payloads.Select(ReadStory)];
    }

    /// <summary>
    /// The story with id <paramref name="idOrPrefix"/>, or the only one whose id starts with it
    /// (at least <see cref="MinimumPrefixLength"/> characters).
    /// </summary>
    public async Task<StoryLookup> GetStoryAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);
        var query = idOrPrefix.Trim().ToLowerInvariant();
        var exact = await OwnStories.AsNoTracking()
            .Where(s => s.Id == query)
            .Select(s => new { s.Payload, s.Version })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (exact is not null)
        {
            return new StoryLookup.Found(ReadStory(exact.Payload), exact.Version);
        }

        if (query.Length < MinimumPrefixLength)
        {
            return new StoryLookup.NotFound(idOrPrefix);
        }

        var matches = await OwnStories.AsNoTracking()
            .Where(s => s.Id.StartsWith(query))
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Title, s.Payload, s.Version })
            .Take(MaxCandidates)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return matches.Count switch
        {
            0 => new StoryLookup.NotFound(idOrPrefix),
            1 => new StoryLookup.Found(ReadStory(matches[0].Payload), matches[0].Version),
            _ => new StoryLookup.Ambiguous(idOrPrefix, [.. matches.Select(m => new StoryCandidate(m.Id, m.Title))]),
        };
    }

    /// <summary>Every document of the owner, by source file.</summary>
    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken)
    {
        var rows = await OwnDocuments.AsNoTracking()
            .OrderBy(d => d.SourceFile).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id,
                d.Title,
                d.SourceFile,
                d.ImportedAt,
                StoryCount = OwnStories.Count(s => s.DocumentId == d.Id),
            })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(r => new DocumentSummary(r.Id, r.Title, r.SourceFile, r.StoryCount, r.ImportedAt))];
    }

    /// <summary>The whole document with its stories in document order, or <see langword="null"/> when the owner has none with that id.</summary>
    public async Task<Document?> GetDocumentAsync(string documentId, CancellationToken cancellationToken)
    {
        var payload = await OwnDocuments.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Select(d => d.Payload)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (payload is null)
        {
            return null;
        }

        var stories = await OwnStories.AsNoTracking()
            .Where(s => s.DocumentId == documentId)
            .OrderBy(s => s.Ordinal)
            .Select(s => s.Payload)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return ReadDocument(payload) with { Stories = [.. stories.Select(ReadStory)] };
    }

    /// <summary>How many documents and stories the owner has.</summary>
    public async Task<BankCounts> CountsAsync(CancellationToken cancellationToken)
    {
        var documents = await OwnDocuments.CountAsync(cancellationToken).ConfigureAwait(false);
        var stories = await OwnStories.CountAsync(cancellationToken).ConfigureAwait(false);
        return new BankCounts(documents, stories);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _db.DisposeAsync();

    /// <summary>The clock's time in whole microseconds: PostgreSQL keeps no finer, and a bank must read back the same on every provider.</summary>
    private DateTimeOffset Now()
    {
        var utc = _clock.GetUtcNow();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    private static Story ReadStory(string payload) =>
        JsonSerializer.Deserialize<Story>(payload, ModelJson.Compact)
        ?? throw new InvalidDataException("a stored story payload is null");

    private static Document ReadDocument(string payload) =>
        JsonSerializer.Deserialize<Document>(payload, ModelJson.Compact)
        ?? throw new InvalidDataException("a stored document payload is null");
}
