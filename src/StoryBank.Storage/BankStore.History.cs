using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Model;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage;

public sealed partial class BankStore
{
    private IQueryable<StoryRevisionRow> OwnRevisions => _db.StoryRevisions.Where(r => r.OwnerId == OwnerId);

    /// <summary>
    /// The id of the story, current or deleted, whose id is <paramref name="idOrPrefix"/> or the only one starting with it;
    /// otherwise no id and the candidates (none when nothing matches).
    /// </summary>
    public async Task<(string? StoryId, IReadOnlyList<string> Candidates)> ResolveRevisedStoryAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);
        var query = idOrPrefix.Trim().ToLowerInvariant();
        if (query.Length < MinimumPrefixLength && !await OwnRevisions.AnyAsync(r => r.StoryId == query, cancellationToken).ConfigureAwait(false))
        {
            return (null, []);
        }

        var matches = await OwnRevisions.Where(r => r.StoryId == query || r.StoryId.StartsWith(query))
            .Select(r => r.StoryId).Distinct().OrderBy(id => id).Take(MaxCandidates)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return matches.Contains(query) ? (query, [query]) : matches.Count == 1 ? (matches[0], matches) : (null, matches);
    }

    /// <summary>Every revision of the story, oldest first (a deleted story's last revision says so).</summary>
    public async Task<IReadOnlyList<StoryRevision>> HistoryAsync(string storyId, CancellationToken cancellationToken)
    {
        var rows = await OwnRevisions.AsNoTracking().Where(r => r.StoryId == storyId).OrderBy(r => r.Revision)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToRevision)];
    }

    /// <summary>The deleted stories (last revision of each), most recently deleted first.</summary>
    public async Task<IReadOnlyList<StoryRevision>> TrashAsync(CancellationToken cancellationToken)
    {
        var deleted = RevisionChange.Delete.ToString();
        var rows = await OwnRevisions.AsNoTracking()
            .Where(r => r.Change == deleted
                && !OwnRevisions.Any(later => later.StoryId == r.StoryId && later.Revision > r.Revision)
                && !OwnStories.Any(s => s.Id == r.StoryId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        return [.. rows.OrderByDescending(r => r.ChangedAt).ThenBy(r => r.StoryId, StringComparer.Ordinal).Select(ToRevision)];
    }

    /// <summary>Brings a deleted story back into its document, as it was when deleted; all or nothing.</summary>
    /// <returns>The restored story, or the reason it cannot be brought back.</returns>
    public async Task<(Story? Story, string? Error)> UndeleteAsync(string storyId, CancellationToken cancellationToken)
    {
        var last = await OwnRevisions.Where(r => r.StoryId == storyId).OrderByDescending(r => r.Revision)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (last is null || last.Change != RevisionChange.Delete.ToString() || await OwnStories.AnyAsync(s => s.Id == storyId, cancellationToken).ConfigureAwait(false))
        {
            return (null, $"story '{storyId}' is not in the trash");
        }

        if (!await OwnDocuments.AnyAsync(d => d.Id == last.DocumentId, cancellationToken).ConfigureAwait(false))
        {
            return (null, $"the document of story '{storyId}' is no longer in the bank; import it again first");
        }

        var story = ReadStory(last.Payload);
        var lastOrdinal = await OwnStories.Where(s => s.DocumentId == last.DocumentId)
            .MaxAsync(s => (int?)s.Ordinal, cancellationToken).ConfigureAwait(false);
        var now = Now();
        var row = new StoryRow
        {
            OwnerId = OwnerId,
            Id = story.Id,
            DocumentId = last.DocumentId,
            Ordinal = (lastOrdinal ?? -1) + 1,
            Title = story.Title,
            Company = story.Company,
            Project = story.Project,
            Framework = story.Framework.ToString(),
            Payload = last.Payload,
            SearchText = Search.SearchText.Of(story),
            UpdatedAt = now,
            Version = last.Revision + 1,
        };
        _db.Stories.Add(row);
        AddRevision(row, row.Version, RevisionChange.Undelete, string.Empty, now);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        return (story, null);
    }

    /// <summary>Makes revision <paramref name="revision"/> of a current story its newest version again (as a new revision).</summary>
    /// <returns>The story as it now is, or the reason it cannot be done.</returns>
    public async Task<(Story? Story, string? Error)> RevertAsync(string storyId, int revision, CancellationToken cancellationToken)
    {
        var row = await OwnStories.FirstOrDefaultAsync(s => s.Id == storyId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return (null, $"story '{storyId}' is not in the bank (if it is in the trash, undelete it first)");
        }

        var target = await OwnRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.StoryId == storyId && r.Revision == revision, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            return (null, $"story '{storyId}' has no revision {revision}");
        }

        var story = ReadStory(target.Payload);
        var now = Now();
        row.Title = story.Title;
        row.Company = story.Company;
        row.Project = story.Project;
        row.Framework = story.Framework.ToString();
        row.Payload = target.Payload;
        row.SearchText = Search.SearchText.Of(story);
        row.UpdatedAt = now;
        row.Version++;
        AddRevision(row, row.Version, RevisionChange.Revert, $"revision {revision}", now);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        return (story, null);
    }

    /// <summary>
    /// Saves an edited version of a story, provided nobody changed it since <paramref name="expectedVersion"/> was read;
    /// otherwise nothing is written and the result says what changed meanwhile.
    /// </summary>
    public async Task<EditResult> SaveEditAsync(Story edited, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edited);
        var row = await OwnStories.FirstOrDefaultAsync(s => s.Id == edited.Id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return new EditResult.Refused($"story '{edited.Id}' is no longer in the bank (see `storybank trash`)");
        }

        if (row.Version != expectedVersion)
        {
            return await StaleAsync(edited.Id, expectedVersion, cancellationToken).ConfigureAwait(false);
        }

        var payload = JsonSerializer.Serialize(edited, ModelJson.Compact);
        if (string.Equals(payload, row.Payload, StringComparison.Ordinal))
        {
            return new EditResult.Unchanged(row.Version);
        }

        var now = Now();
        row.Title = edited.Title;
        row.Company = edited.Company;
        row.Project = edited.Project;
        row.Framework = edited.Framework.ToString();
        row.Payload = payload;
        row.SearchText = Search.SearchText.Of(edited);
        row.UpdatedAt = now;
        row.Version++;
        AddRevision(row, row.Version, RevisionChange.Edit, string.Empty, now);
        try
        {
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another writer got in between the read above and this write: the version stamp no longer matches (or
            // the revision number is taken). Anything else is a real failure.
            _db.ChangeTracker.Clear();
            var current = await OwnStories.AsNoTracking().Where(s => s.Id == edited.Id).Select(s => (int?)s.Version)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (current == expectedVersion)
            {
                throw;
            }

            return await StaleAsync(edited.Id, expectedVersion, cancellationToken).ConfigureAwait(false);
        }

        _db.ChangeTracker.Clear();
        return new EditResult.Saved(row.Version);
    }

    private async Task<EditResult> StaleAsync(string storyId, int expectedVersion, CancellationToken cancellationToken)
    {
        var since = await OwnRevisions.AsNoTracking().Where(r => r.StoryId == storyId && r.Revision > expectedVersion)
            .OrderBy(r => r.Revision).ToListAsync(cancellationToken).ConfigureAwait(false);
        var what = string.Join("; ", since.Select(r => $"revision {r.Revision} ({r.Change}{(r.Source.Length > 0 ? $" from {r.Source}" : string.Empty)}, {r.ChangedAt:yyyy-MM-dd HH:mm:ss} UTC)"));
        return new EditResult.Stale(
            $"story '{storyId}' changed since you opened it (you had revision {expectedVersion}; since then: {(what.Length > 0 ? what : "it was removed")}); nothing was saved",
            [.. since.Select(ToRevision)]);
    }

    private static StoryRevision ToRevision(StoryRevisionRow row) => new(
        row.StoryId,
        row.Revision,
        Enum.Parse<RevisionChange>(row.Change),
        row.Source,
        row.ChangedAt,
        JsonSerializer.Deserialize<Story>(row.Payload, ModelJson.Compact)!);
}

/// <summary>One revision of a story.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Revision">Its number, from 1.</param>
/// <param name="Change">What made it.</param>
/// <param name="Source">The file an import read, or empty.</param>
/// <param name="ChangedAt">When.</param>
/// <param name="Story">The story as it was.</param>
public sealed record StoryRevision(string StoryId, int Revision, RevisionChange Change, string Source, DateTimeOffset ChangedAt, Story Story);

/// <summary>The outcome of saving an edited story.</summary>
public abstract record EditResult
{
    private EditResult()
    {
    }

    /// <summary>The edit was saved as revision <paramref name="Version"/>.</summary>
    public sealed record Saved(int Version) : EditResult;

    /// <summary>The edit changed nothing; the story stays at <paramref name="Version"/>.</summary>
    public sealed record Unchanged(int Version) : EditResult;

    /// <summary>Someone changed the story after it was read; <paramref name="Since"/> lists what they did. Nothing was saved.</summary>
    public sealed record Stale(string Message, IReadOnlyList<StoryRevision> Since) : EditResult;

    /// <summary>The edit cannot be saved, for the given reason.</summary>
    public sealed record Refused(string Message) : EditResult;
}
