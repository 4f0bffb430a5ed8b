using ClubMediaSociali.Application.Domain.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.HasKey(f => new { f.SourceHash, f.Variant });
        builder.Property(f => f.SourceHash).HasMaxLength(StoredFile.HashLength).IsFixedLength();
        builder.Property(f => f.Variant).HasMaxLength(StoredFile.VariantMaxLength);
        builder.Property(f => f.ContentType).HasMaxLength(StoredFile.ContentTypeMaxLength);
    }
}

internal sealed class UploadConfiguration : IEntityTypeConfiguration<Upload>
{
    public void Configure(EntityTypeBuilder<Upload> builder)
    {
        builder.Property(u => u.SourceHash).HasMaxLength(StoredFile.HashLength).IsFixedLength();
        builder.Property(u => u.FileName).HasMaxLength(Upload.FileNameMaxLength);
        builder.Property(u => u.ContentType).HasMaxLength(StoredFile.ContentTypeMaxLength);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(u => u.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // Counting the references to a source when one use goes; the uses of one item; a member's uploads of the day.
        builder.HasIndex(u => u.SourceHash);
        builder.HasIndex(u => new { u.UsedInKind, u.UsedInId });
        builder.HasIndex(u => new { u.OwnerId, u.CreatedAt });
    }
}
