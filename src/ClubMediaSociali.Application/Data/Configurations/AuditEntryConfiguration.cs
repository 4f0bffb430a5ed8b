using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.TargetType).HasMaxLength(60);
        builder.Property(a => a.TargetId).HasMaxLength(100);
        builder.Property(a => a.Reason).HasMaxLength(AuditEntry.ReasonMaxLength);
        builder.Property(a => a.Details).HasMaxLength(AuditLogExtensions.DetailsMaxLength);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.TargetType, a.TargetId });
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.SetNull);
    }
}
