namespace StoryBank.Storage.Entities;

/// <summary>The stored form of a story: its searchable columns plus the whole story as JSON.</summary>
internal sealed class StoryRow
{
    public required string OwnerId { get; set; }

    public required string Id { get; set; }

    public required string DocumentId { get; set; }

    /// <summary>The story's position in its document, from 0.</summary>
    public int Ordinal { get; set; }

    public required string Title { get; set; }

    public string? Company { get; set; }

    public string? Project { get; set; }

    public required string Framework { get; set; }

    /// <summary>The story serialized with the compact model JSON options.</summary>
    public required string Payload { get; set; }

    /// <summary>The story's words as one plain text, indexed for full-text search (FTS5 / tsvector).</summary>
    public string SearchText { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The story's revision number: 1 when first stored, one more at every change.</summary>
    public int Version { get; set; }
}
