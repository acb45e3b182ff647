using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage.Configuration;

internal sealed class DocumentRowConfiguration : IEntityTypeConfiguration<DocumentRow>
{
    public void Configure(EntityTypeBuilder<DocumentRow> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(d => new { d.OwnerId, d.Id });
        builder.Property(d => d.OwnerId).HasColumnName("owner_id").HasMaxLength(64);
        builder.Property(d => d.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(d => d.SourceFile).HasColumnName("source_file");
        builder.Property(d => d.Title).HasColumnName("title");
        builder.Property(d => d.Payload).HasColumnName("payload");
        builder.Property(d => d.ImportedAt).HasColumnName("imported_at");
        builder.HasIndex(d => new { d.OwnerId, d.SourceFile });
    }
}
