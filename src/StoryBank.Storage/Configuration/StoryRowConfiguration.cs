using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage.Configuration;

internal sealed class StoryRowConfiguration : IEntityTypeConfiguration<StoryRow>
{
    public void Configure(EntityTypeBuilder<StoryRow> builder)
    {
        builder.ToTable("stories");
        builder.HasKey(s => new { s.OwnerId, s.Id });
        builder.Property(s => s.OwnerId).HasColumnName("owner_id").HasMaxLength(64);
        builder.Property(s => s.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(s => s.DocumentId).HasColumnName("document_id").HasMaxLength(64);
        builder.Property(s => s.Ordinal).HasColumnName("ordinal");
        builder.Property(s => s.Title).HasColumnName("title");
        builder.Property(s => s.Company).HasColumnName("company");
        builder.Property(s => s.Project).HasColumnName("project");
        builder.Property(s => s.Framework).HasColumnName("framework").HasMaxLength(16);
        builder.Property(s => s.Payload).HasColumnName("payload");
        builder.Property(s => s.SearchText).HasColumnName("search_text");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        // The version stamp: a write that read an older version is refused instead of overwriting what came between.
        builder.Property(s => s.Version).HasColumnName("version").IsConcurrencyToken();
        builder.HasOne<DocumentRow>()
            .WithMany()
            .HasForeignKey(s => new { s.OwnerId, s.DocumentId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.OwnerId, s.DocumentId, s.Ordinal });
    }
}
