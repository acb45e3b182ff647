using Microsoft.EntityFrameworkCore;
using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage;

public sealed partial class BankStore
{
    private IQueryable<TagOverrideRow> OwnTagOverrides => _db.TagOverrides.Where(t => t.OwnerId == OwnerId);

    /// <summary>
    /// Confirms, removes or clears competencies of the story <paramref name="idOrPrefix"/> (an id or unique prefix, as in
    /// <see cref="GetStoryAsync"/>); all or nothing. A competency is a taxonomy id, case and spaces aside
    /// ("Customer Focus" is <c>customer-focus</c>).
    /// </summary>
    /// <returns>The story's id, or why nothing was changed (unknown story or competency). No changes only resolve the story.</returns>
    public async Task<TagResult> SetTagsAsync(string idOrPrefix, IReadOnlyList<TagChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        string storyId;
        switch (await GetStoryAsync(idOrPrefix, cancellationToken).ConfigureAwait(false))
        {
            case StoryLookup.Found found:
                storyId = found.Story.Id;
                break;
            case StoryLookup.Ambiguous ambiguous:
                return new TagResult.Refused($"'{ambiguous.Query}' matches several stories: {string.Join(", ", ambiguous.Candidates.Select(c => $"{c.Id} ({c.Title})"))}");
            default:
                return new TagResult.Refused($"no story with id '{idOrPrefix}'");
        }

        var resolved = new List<(string CompetencyId, TagAction Action)>();
        foreach (var change in changes)
        {
            if (KnownCompetency(change.Competency) is not { } id)
            {
                return new TagResult.Refused(UnknownCompetency(change.Competency));
            }

            if (resolved.Any(r => r.CompetencyId == id))
            {
                return new TagResult.Refused($"competency '{id}' is given twice; say once what it is for story {storyId}");
            }

            resolved.Add((id, change.Action));
        }

        var rows = await OwnTagOverrides.Where(t => t.StoryId == storyId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (competencyId, action) in resolved)
        {
            var row = rows.Find(r => r.CompetencyId == competencyId);
            switch (action, row)
            {
                case (TagAction.Clear, null):
                    break;
                case (TagAction.Clear, _):
                    _db.TagOverrides.Remove(row);
                    break;
                case (_, null):
                    _db.TagOverrides.Add(new TagOverrideRow { OwnerId = OwnerId, StoryId = storyId, CompetencyId = competencyId, State = StateOf(action) });
                    break;
                default:
                    row.State = StateOf(action);
                    break;
            }
        }

        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        return new TagResult.Saved(storyId);
    }

    /// <summary>The owner's tag overrides, by story id (stories without any are absent).</summary>
    public async Task<IReadOnlyDictionary<string, TagOverrides>> TagOverridesAsync(CancellationToken cancellationToken)
    {
        var rows = await OwnTagOverrides.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.StoryId, StringComparer.Ordinal).ToDictionary(
            story => story.Key,
            story => new TagOverrides(
                story.Where(r => r.State == TagState.Confirmed).Select(r => r.CompetencyId).ToHashSet(StringComparer.Ordinal),
                story.Where(r => r.State == TagState.Removed).Select(r => r.CompetencyId).ToHashSet(StringComparer.Ordinal)),
            StringComparer.Ordinal);
    }

    private static TagState StateOf(TagAction action) => action == TagAction.Confirm ? TagState.Confirmed : TagState.Removed;

    /// <summary>The taxonomy id <paramref name="text"/> names, case and spaces aside; null when it names none.</summary>
    private static string? KnownCompetency(string text)
    {
        var id = string.Join('-', text.Trim().ToLowerInvariant().Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return InterviewCatalog.Default.CompetencyIds.Contains(id) ? id : null;
    }

    /// <summary>Says a competency is unknown, with the known ids that are close to it (all of them when none is).</summary>
    private static string UnknownCompetency(string text)
    {
        var wanted = text.Trim().ToLowerInvariant();
        var known = InterviewCatalog.Default.CompetencyIds.Order(StringComparer.Ordinal).ToList();
        var close = known.Where(id => (wanted.Length >= 3 && (id.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(id, StringComparison.Ordinal)))
                || EditDistance(wanted, id) <= Math.Max(2, id.Length / 4))
            .ToList();
        return close.Count > 0
            ? $"unknown competency '{text.Trim()}'; did you mean {string.Join(" or ", close)}?"
            : $"unknown competency '{text.Trim()}'; known competencies: {string.Join(", ", known)}";
    }

    /// <summary>The Levenshtein distance: how many characters to insert, delete or replace to turn one text into the other.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

/// <summary>What to do with one competency of a story.</summary>
public enum TagAction
{
    /// <summary>Keep the competency whatever the story's text says.</summary>
    Confirm,

    /// <summary>Drop the competency whatever the story's text says.</summary>
    Remove,

    /// <summary>Forget the override: the story's text decides again.</summary>
    Clear,
}

/// <summary>What the owner said of a story's competency (stored by name).</summary>
public enum TagState
{
    /// <summary>The story shows the competency, whatever its text says.</summary>
    Confirmed,

    /// <summary>The story does not show the competency, whatever its text says.</summary>
    Removed,
}

/// <summary>One change to a story's tags.</summary>
/// <param name="Competency">A competency id of the taxonomy (case and spaces aside).</param>
/// <param name="Action">Confirm, remove or clear it.</param>
public sealed record TagChange(string Competency, TagAction Action);

/// <summary>The result of changing a story's tags.</summary>
public abstract record TagResult
{
    private TagResult()
    {
    }

    /// <summary>The changes to the tags of story <paramref name="StoryId"/> are stored.</summary>
    public sealed record Saved(string StoryId) : TagResult;

    /// <summary>Nothing was changed, because of <paramref name="Message"/>.</summary>
    public sealed record Refused(string Message) : TagResult;
}
