using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBank.Storage.Entities;

namespace StoryBank.Storage.Configuration;

internal sealed class ValuePackRowConfiguration : IEntityTypeConfiguration<ValuePackRow>
{
    public void Configure(EntityTypeBuilder<ValuePackRow> builder)
    {
        builder.ToTable("value_packs");
        builder.HasKey(p => new { p.OwnerId, p.CompanyKey });
        builder.Property(p => p.OwnerId).HasColumnName("owner_id").HasMaxLength(64);
        builder.Property(p => p.CompanyKey).HasColumnName("company_key");
        builder.Property(p => p.Company).HasColumnName("company");
        builder.Property(p => p.Yaml).HasColumnName("yaml");
        builder.Property(p => p.SourceFile).HasColumnName("source_file");
        builder.Property(p => p.AddedAt).HasColumnName("added_at");
    }
}
