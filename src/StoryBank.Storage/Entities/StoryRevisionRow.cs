namespace StoryBank.Storage.Entities;

/// <summary>One revision of a story: every version it has had, and a last one when it was deleted.</summary>
internal sealed class StoryRevisionRow
{
    public required string OwnerId { get; set; }

    public required string StoryId { get; set; }

    /// <summary>1 for the first version; the story row's <see cref="StoryRow.Version"/> when it was current.</summary>
    public int Revision { get; set; }

    public required string DocumentId { get; set; }

    public int Ordinal { get; set; }

    /// <summary>The story as it was (for a deletion: as it was when deleted, so it can be restored).</summary>
    public required string Payload { get; set; }

    /// <summary>What made the revision: <see cref="RevisionChange"/>.</summary>
    public required string Change { get; set; }

    /// <summary>The file an import read, or empty.</summary>
    public required string Source { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
