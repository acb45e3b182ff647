using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage.Configuration;

internal sealed class TagOverrideRowConfiguration : IEntityTypeConfiguration<TagOverrideRow>
{
    public void Configure(EntityTypeBuilder<TagOverrideRow> builder)
    {
        builder.ToTable("tag_overrides");
        builder.HasKey(t => new { t.OwnerId, t.StoryId, t.CompetencyId });
        builder.Property(t => t.OwnerId).HasColumnName("owner_id").HasMaxLength(64);
        builder.Property(t => t.StoryId).HasColumnName("story_id").HasMaxLength(64);
        builder.Property(t => t.CompetencyId).HasColumnName("competency_id").HasMaxLength(64);
        builder.Property(t => t.State).HasColumnName("state").HasMaxLength(16).HasConversion<string>();
    }
}
