using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Model;
using StoryBank.Storage.Backup;
using StoryBank.Storage.Entities;
using StoryBank.Storage.Search;

namespace StoryBank.Storage;

public sealed partial class BankStore
{
    /// <summary>The name of the JSON entry inside a backup archive.</summary>
    public const string BackupEntryName = "bank.json";

    // A fixed entry time: the same bank always gives the same bytes.
    private static readonly DateTimeOffset ArchiveEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes this owner's whole bank to <paramref name="destination"/> as a ZIP archive holding <see cref="BackupEntryName"/>.</summary>
    public async Task WriteBackupAsync(Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var documents = await OwnDocuments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var stories = (await OwnStories.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(s => s.DocumentId);
        var revisions = await OwnRevisions.AsNoTracking().OrderBy(r => r.StoryId).ThenBy(r => r.Revision)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var packs = await OwnValuePacks.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var tags = await OwnTagOverrides.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var archive = new BackupArchive(
            BackupArchive.CurrentFormat,
            OwnerId,
            [.. documents.Select(d => new BackupDocument(
                ReadDocument(d.Payload),
                d.ImportedAt,
                [.. stories[d.Id].OrderBy(s => s.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => new BackupStory(ReadStory(s.Payload), s.UpdatedAt))]))],
            [.. revisions.Select(r => new BackupRevision(
                r.StoryId, r.Revision, Enum.Parse<RevisionChange>(r.Change), r.Source, r.ChangedAt, r.DocumentId, r.Ordinal, ReadStory(r.Payload)))],
            // Ordered here, not by the database: the providers' collations order texts differently, the archive must not.
            [.. packs.OrderBy(p => p.CompanyKey, StringComparer.Ordinal).Select(p => new BackupValuePack(p.Company, p.Yaml, p.SourceFile, p.AddedAt))],
            [.. tags.OrderBy(t => t.StoryId, StringComparer.Ordinal).ThenBy(t => t.CompetencyId, StringComparer.Ordinal)
                .Select(t => new BackupTagOverride(t.StoryId, t.CompetencyId, t.State))]);

        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        var entry = zip.CreateEntry(BackupEntryName, CompressionLevel.Optimal);
        entry.LastWriteTime = ArchiveEntryTime;
        var stream = entry.Open();
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, archive, ModelJson.Indented, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Restores a backup written by <see cref="WriteBackupAsync"/> into this owner's bank, which must be empty; all or nothing.
    /// </summary>
    public async Task<BackupRestoreResult> RestoreBackupAsync(Stream source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (await OwnDocuments.AnyAsync(cancellationToken).ConfigureAwait(false)
            || await OwnValuePacks.AnyAsync(cancellationToken).ConfigureAwait(false)
            || await OwnTagOverrides.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return new BackupRestoreResult.Refused("the bank is not empty: restore a backup into a new bank (or another --db)");
        }

        BackupArchive? archive;
        try
        {
            using var zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry(BackupEntryName);
            if (entry is null)
            {
                return new BackupRestoreResult.Refused($"not a StoryBank backup: the archive has no {BackupEntryName}");
            }

            var stream = entry.Open();
            await using (stream.ConfigureAwait(false))
            {
                archive = await JsonSerializer.DeserializeAsync<BackupArchive>(stream, ModelJson.Compact, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InvalidDataException e)
        {
            return new BackupRestoreResult.Refused($"not a ZIP archive: {e.Message}");
        }
        catch (JsonException e)
        {
            return new BackupRestoreResult.Refused($"{BackupEntryName}:{(e.LineNumber ?? 0) + 1}: {e.Message}");
        }

        if (archive is null || archive.Format is < 1 or > BackupArchive.CurrentFormat)
        {
            return new BackupRestoreResult.Refused($"unsupported backup format {archive?.Format} (this version reads 1 to {BackupArchive.CurrentFormat})");
        }

        // Format 1 had no history: each story starts one with its restored version.
        var history = archive.Revisions ?? [];
        var versions = history.GroupBy(r => r.StoryId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(r => r.Revision), StringComparer.Ordinal);

        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            foreach (var document in archive.Documents)
            {
                _db.Documents.Add(new DocumentRow
                {
                    OwnerId = OwnerId,
                    Id = document.Document.Id,
                    SourceFile = document.Document.Source.File,
                    Title = document.Document.Title,
                    Payload = DocumentPayload(document.Document),
                    ImportedAt = document.ImportedAt,
                });
                for (var ordinal = 0; ordinal < document.Stories.Count; ordinal++)
                {
                    var story = document.Stories[ordinal];
                    var row = new StoryRow
                    {
                        OwnerId = OwnerId,
                        Id = story.Story.Id,
                        DocumentId = document.Document.Id,
                        Ordinal = ordinal,
                        Title = story.Story.Title,
                        Company = story.Story.Company,
                        Project = story.Story.Project,
                        Framework = story.Story.Framework.ToString(),
                        Payload = JsonSerializer.Serialize(story.Story, ModelJson.Compact),
                        SearchText = SearchText.Of(story.Story),
                        UpdatedAt = story.UpdatedAt,
                        Version = versions.GetValueOrDefault(story.Story.Id, 1),
                    };
                    _db.Stories.Add(row);
                    if (archive.Revisions is null)
                    {
                        AddRevision(row, 1, RevisionChange.Restore, string.Empty, story.UpdatedAt);
                    }
                }

                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                _db.ChangeTracker.Clear();
            }

            foreach (var revision in history)
            {
                _db.StoryRevisions.Add(new StoryRevisionRow
                {
                    OwnerId = OwnerId,
                    StoryId = revision.StoryId,
                    Revision = revision.Revision,
                    DocumentId = revision.DocumentId,
                    Ordinal = revision.Ordinal,
                    Payload = JsonSerializer.Serialize(revision.Story, ModelJson.Compact),
                    Change = revision.Change.ToString(),
                    Source = revision.Source,
                    ChangedAt = revision.ChangedAt,
                });
            }

            _db.ValuePacks.AddRange((archive.ValuePacks ?? []).Select(p => new ValuePackRow
            {
                OwnerId = OwnerId,
                CompanyKey = CompanyKey(p.Company),
                Company = p.Company,
                Yaml = p.Yaml,
                SourceFile = p.SourceFile,
                AddedAt = p.AddedAt,
            }));
            _db.TagOverrides.AddRange((archive.TagOverrides ?? []).Select(t => new TagOverrideRow
            {
                OwnerId = OwnerId,
                StoryId = t.StoryId,
                CompetencyId = t.CompetencyId,
                State = t.State,
            }));
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            _db.ChangeTracker.Clear();
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new BackupRestoreResult.Restored(archive.Documents.Count, archive.Documents.Sum(d => d.Stories.Count));
    }
}

/// <summary>The outcome of restoring a backup.</summary>
public abstract record BackupRestoreResult
{
    private BackupRestoreResult()
    {
    }

    /// <summary>The backup was restored.</summary>
    public sealed record Restored(int Documents, int Stories) : BackupRestoreResult;

    /// <summary>Nothing was restored, for the given reason.</summary>
    public sealed record Refused(string Reason) : BackupRestoreResult;
}
