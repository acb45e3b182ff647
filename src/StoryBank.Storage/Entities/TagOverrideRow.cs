namespace StoryBank.Storage.Entities;

/// <summary>The owner's word on one competency of one story: confirmed or removed.</summary>
internal sealed class TagOverrideRow
{
    public required string OwnerId { get; set; }

    public required string StoryId { get; set; }

    public required string CompetencyId { get; set; }

    public TagState State { get; set; }
}
