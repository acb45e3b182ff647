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
        var utc = _clock.GetUtcNow();
        var now = utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
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
        var utc = _clock.GetUtcNow();
        var now = utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
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
