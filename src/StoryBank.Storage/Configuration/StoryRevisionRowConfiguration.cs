using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage.Configuration;

internal sealed class StoryRevisionRowConfiguration : IEntityTypeConfiguration<StoryRevisionRow>
{
    public void Configure(EntityTypeBuilder<StoryRevisionRow> builder)
    {
        builder.ToTable("story_revisions");
        builder.HasKey(r => new { r.OwnerId, r.StoryId, r.Revision });
        builder.Property(r => r.OwnerId).HasColumnName("owner_id").HasMaxLength(64);
        builder.Property(r => r.StoryId).HasColumnName("story_id").HasMaxLength(64);
        builder.Property(r => r.Revision).HasColumnName("revision");
        builder.Property(r => r.DocumentId).HasColumnName("document_id").HasMaxLength(64);
        builder.Property(r => r.Ordinal).HasColumnName("ordinal");
        builder.Property(r => r.Payload).HasColumnName("payload");
        builder.Property(r => r.Change).HasColumnName("change").HasMaxLength(16);
        builder.Property(r => r.Source).HasColumnName("source");
        builder.Property(r => r.ChangedAt).HasColumnName("changed_at");
        builder.HasIndex(r => new { r.OwnerId, r.Change });
    }
}
