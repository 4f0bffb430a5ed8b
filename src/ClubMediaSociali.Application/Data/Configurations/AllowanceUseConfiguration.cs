using ClubMediaSociali.Application.Common.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class AllowanceUseConfiguration : IEntityTypeConfiguration<AllowanceUse>
{
    public void Configure(EntityTypeBuilder<AllowanceUse> builder)
    {
        builder.HasKey(u => new { u.Bucket, u.WindowStart });
        builder.Property(u => u.Bucket).HasMaxLength(AllowanceUse.BucketMaxLength);
        builder.HasIndex(u => u.WindowStart);
    }
}
