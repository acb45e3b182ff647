namespace StoryBank.Storage.Entities;

/// <summary>The stored form of a document: its searchable columns plus the document minus its stories as JSON.</summary>
internal sealed class DocumentRow
{
    public required string OwnerId { get; set; }

    public required string Id { get; set; }

    public required string SourceFile { get; set; }

    public required string Title { get; set; }

    /// <summary>The document serialized without its stories (blocks, mappings, source).</summary>
    public required string Payload { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
