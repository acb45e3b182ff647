using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Import;
using StoryBank.Core.Model;
using StoryBank.Storage.Search;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage;

public sealed partial class BankStore
{
    private enum StoryChange
    {
        Inserted,
        Updated,
        Unchanged,
    }

    /// <summary>
    /// Starts an import run: every file added to it is written in one transaction that only
    /// <see cref="BankImport.CommitAsync"/> makes permanent.
    /// </summary>
    public async Task<BankImport> BeginImportAsync(CancellationToken cancellationToken)
    {
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return new BankImport(this, transaction);
    }

    /// <summary>Imports <paramref name="files"/> one at a time in one transaction: all of them or, on any failure, none.</summary>
    /// <returns>What each file changed, in the order given.</returns>
    public async Task<IReadOnlyList<ImportCounts>> ImportAsync(IAsyncEnumerable<ImportedFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var import = await BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (import.ConfigureAwait(false))
        {
            var counts = new List<ImportCounts>();
            await foreach (var file in files.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                counts.Add(await import.AddAsync(file, cancellationToken).ConfigureAwait(false));
            }

            await import.CommitAsync(cancellationToken).ConfigureAwait(false);
            return counts;
        }
    }

    /// <inheritdoc cref="ImportAsync(IAsyncEnumerable{ImportedFile}, CancellationToken)"/>
    public Task<IReadOnlyList<ImportCounts>> ImportAsync(IEnumerable<ImportedFile> files, CancellationToken cancellationToken) =>
        ImportAsync(files.ToAsyncEnumerable(), cancellationToken);

    /// <summary>Writes one file inside the current transaction and forgets the tracked rows, so memory stays flat.</summary>
    internal async Task<ImportCounts> WriteAsync(ImportedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var document = file.Document;
        var duplicate = document.Stories.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"document '{document.Id}' holds two stories with id '{duplicate.Key}'", nameof(file));
        }

        try
        {
            var now = Now();
            var counts = file.Fragment switch
            {
                FragmentKind.Whole => await ReplaceDocumentAsync(document, now, cancellationToken).ConfigureAwait(false),
                FragmentKind.Story => await UpsertStoriesAsync(document, now, cancellationToken).ConfigureAwait(false),
                FragmentKind.Index => await UpsertIndexAsync(document, now, cancellationToken).ConfigureAwait(false),
                _ => throw new ArgumentOutOfRangeException(nameof(file), file.Fragment, "unknown fragment kind"),
            };
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return counts;
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private async Task<ImportCounts> ReplaceDocumentAsync(Document document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await UpsertDocumentRowAsync(document, now, cancellationToken).ConfigureAwait(false);
        var ids = document.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var idList = ids.ToList();
        var existing = await OwnStories
            .Where(s => s.DocumentId == document.Id || idList.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, cancellationToken)
            .ConfigureAwait(false);

        var changes = document.Stories
            .Select((story, ordinal) => Upsert(existing.GetValueOrDefault(story.Id), story, document.Id, ordinal, now))
            .ToList();
        var removed = existing.Values.Where(row => row.DocumentId == document.Id && !ids.Contains(row.Id)).ToList();
        foreach (var row in removed)
        {
            // The last version stays in the history, marked deleted, so the story can be brought back.
            AddRevision(row, row.Version + 1, RevisionChange.Delete, document.Source.File, now);
        }

        _db.Stories.RemoveRange(removed);
        return Count(document.Id, changes, removed.Count);
    }

    private async Task<ImportCounts> UpsertStoriesAsync(Document fragment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var documentExists = await OwnDocuments.AnyAsync(d => d.Id == fragment.Id, cancellationToken).ConfigureAwait(false);
        if (!documentExists)
        {
            _db.Documents.Add(NewDocumentRow(fragment with { Blocks = [], Mappings = [] }, now));
        }

        var ids = fragment.Stories.Select(s => s.Id).ToList();
        var existing = await OwnStories
            .Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, cancellationToken)
            .ConfigureAwait(false);
        var lastOrdinal = await OwnStories
            .Where(s => s.DocumentId == fragment.Id)
            .MaxAsync(s => (int?)s.Ordinal, cancellationToken)
            .ConfigureAwait(false);
        var nextOrdinal = (lastOrdinal ?? -1) + 1;

        var changes = new List<StoryChange>();
        foreach (var story in fragment.Stories)
        {
            var row = existing.GetValueOrDefault(story.Id);
            var ordinal = row is not null && row.DocumentId == fragment.Id ? row.Ordinal : nextOrdinal++;
            changes.Add(Upsert(row, story, fragment.Id, ordinal, now));
        }

        return Count(fragment.Id, changes, deleted: 0);
    }

    private async Task<ImportCounts> UpsertIndexAsync(Document index, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await UpsertDocumentRowAsync(index, now, cancellationToken).ConfigureAwait(false);
        return Count(index.Id, [], deleted: 0);
    }

    private async Task UpsertDocumentRowAsync(Document document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await OwnDocuments.FirstOrDefaultAsync(d => d.Id == document.Id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            _db.Documents.Add(NewDocumentRow(document, now));
            return;
        }

        row.SourceFile = document.Source.File;
        row.Title = document.Title;
        row.Payload = DocumentPayload(document);
        row.ImportedAt = now;
    }

    private DocumentRow NewDocumentRow(Document document, DateTimeOffset now) => new()
    {
        OwnerId = OwnerId,
        Id = document.Id,
        SourceFile = document.Source.File,
        Title = document.Title,
        Payload = DocumentPayload(document),
        ImportedAt = now,
    };

    private StoryChange Upsert(StoryRow? row, Story story, string documentId, int ordinal, DateTimeOffset now)
    {
        var payload = JsonSerializer.Serialize(story, ModelJson.Compact);
        if (row is null)
        {
            row = new StoryRow
            {
                OwnerId = OwnerId,
                Id = story.Id,
                DocumentId = documentId,
                Ordinal = ordinal,
                Title = story.Title,
                Company = story.Company,
                Project = story.Project,
                Framework = story.Framework.ToString(),
                Payload = payload,
                SearchText = SearchText.Of(story),
                UpdatedAt = now,
                Version = 1,
            };
            _db.Stories.Add(row);
            AddRevision(row, row.Version, RevisionChange.Import, story.Source.File, now);
            return StoryChange.Inserted;
        }

        if (row.DocumentId == documentId && row.Ordinal == ordinal && string.Equals(row.Payload, payload, StringComparison.Ordinal))
        {
            return StoryChange.Unchanged;
        }

        var previousPayload = row.Payload;
        row.DocumentId = documentId;
        row.Ordinal = ordinal;
        row.Title = story.Title;
        row.Company = story.Company;
        row.Project = story.Project;
        row.Framework = story.Framework.ToString();
        row.Payload = payload;
        row.SearchText = SearchText.Of(story);
        row.UpdatedAt = now;
        // A story that only moved within its document is the same story: no new revision.
        if (!string.Equals(previousPayload, payload, StringComparison.Ordinal))
        {
            row.Version++;
            AddRevision(row, row.Version, RevisionChange.Import, story.Source.File, now);
        }

        return StoryChange.Updated;
    }

    private void AddRevision(StoryRow row, int revision, RevisionChange change, string source, DateTimeOffset now) =>
        _db.StoryRevisions.Add(new StoryRevisionRow
        {
            OwnerId = OwnerId,
            StoryId = row.Id,
            Revision = revision,
            DocumentId = row.DocumentId,
            Ordinal = row.Ordinal,
            Payload = row.Payload,
            Change = change.ToString(),
            Source = source,
            ChangedAt = now,
        });

    private static string DocumentPayload(Document document) =>
        JsonSerializer.Serialize(document with { Stories = [] }, ModelJson.Compact);

    private static ImportCounts Count(string documentId, IReadOnlyCollection<StoryChange> changes, int deleted) => new(
        documentId,
        Inserted: changes.Count(c => c == StoryChange.Inserted),
        Updated: changes.Count(c => c == StoryChange.Updated),
        Deleted: deleted,
        Unchanged: changes.Count(c => c == StoryChange.Unchanged));
}
