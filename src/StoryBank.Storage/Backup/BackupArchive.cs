using StoryBank.Core.Model;

namespace StoryBank.Storage.Backup;

/// <summary>
/// The content of a backup: one owner's whole bank, rows and timestamps as stored, so that restoring it gives the same
/// bank. Written as <c>bank.json</c> inside a ZIP archive; see <c>docs/backup.md</c>.
/// </summary>
/// <param name="Format">The archive format version (<see cref="CurrentFormat"/>).</param>
/// <param name="Owner">Whose bank it is.</param>
/// <param name="Documents">Every document with its stories, by document id.</param>
public sealed record BackupArchive(int Format, string Owner, IReadOnlyList<BackupDocument> Documents)
{
    /// <summary>The format this version writes and reads.</summary>
    public const int CurrentFormat = 1;
}

/// <summary>One document of a backup.</summary>
/// <param name="Document">The document without its stories (blocks, mappings, source).</param>
/// <param name="ImportedAt">When it was last imported.</param>
/// <param name="Stories">Its stories in document order.</param>
public sealed record BackupDocument(Document Document, DateTimeOffset ImportedAt, IReadOnlyList<BackupStory> Stories);

/// <summary>One story of a backup.</summary>
/// <param name="Story">The story.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record BackupStory(Story Story, DateTimeOffset UpdatedAt);
