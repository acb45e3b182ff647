using StoryBank.Core.Model;

namespace StoryBank.Storage.Backup;

/// <summary>
/// The content of a backup: one owner's whole bank, rows and timestamps as stored, so that restoring it gives the same
/// bank. Written as <c>bank.json</c> inside a ZIP archive; see <c>docs/backup.md</c>.
/// </summary>
/// <param name="Format">The archive format version (<see cref="CurrentFormat"/>).</param>
/// <param name="Owner">Whose bank it is.</param>
/// <param name="Documents">Every document with its stories, by document id.</param>
/// <param name="Revisions">The history: every revision of every story, deleted ones included, by story id then revision (format 2).</param>
/// <param name="ValuePacks">The value packs the owner added, by company (format 3).</param>
/// <param name="TagOverrides">The owner's word on stories' competencies, by story then competency (format 3).</param>
public sealed record BackupArchive(
    int Format,
    string Owner,
    IReadOnlyList<BackupDocument> Documents,
    IReadOnlyList<BackupRevision>? Revisions,
    IReadOnlyList<BackupValuePack>? ValuePacks = null,
    IReadOnlyList<BackupTagOverride>? TagOverrides = null)
{
    /// <summary>The format this version writes; it also reads format 1 (no history) and 2 (no value packs or tag overrides).</summary>
    public const int CurrentFormat = 3;
}

/// <summary>A value pack the owner added.</summary>
/// <param name="Company">The company as the pack writes it.</param>
/// <param name="Yaml">The pack's YAML text as it was added.</param>
/// <param name="SourceFile">The file it was read from.</param>
/// <param name="AddedAt">When it was added.</param>
public sealed record BackupValuePack(string Company, string Yaml, string SourceFile, DateTimeOffset AddedAt);

/// <summary>The owner's word on one competency of one story.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="CompetencyId">The competency.</param>
/// <param name="State">Confirmed or removed.</param>
public sealed record BackupTagOverride(string StoryId, string CompetencyId, TagState State);

/// <summary>One revision of a story, as the history keeps it.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Revision">Its number, from 1.</param>
/// <param name="Change">What made it.</param>
/// <param name="Source">The file an import read, or empty.</param>
/// <param name="ChangedAt">When.</param>
/// <param name="DocumentId">The document the story was in.</param>
/// <param name="Ordinal">Its position there.</param>
/// <param name="Story">The story as it was.</param>
public sealed record BackupRevision(string StoryId, int Revision, RevisionChange Change, string Source, DateTimeOffset ChangedAt, string DocumentId, int Ordinal, Story Story);

/// <summary>One document of a backup.</summary>
/// <param name="Document">The document without its stories (blocks, mappings, source).</param>
/// <param name="ImportedAt">When it was last imported.</param>
/// <param name="Stories">Its stories in document order.</param>
public sealed record BackupDocument(Document Document, DateTimeOffset ImportedAt, IReadOnlyList<BackupStory> Stories);

/// <summary>One story of a backup.</summary>
/// <param name="Story">The story.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record BackupStory(Story Story, DateTimeOffset UpdatedAt);
