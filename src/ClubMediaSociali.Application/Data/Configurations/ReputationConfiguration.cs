using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class ReputationEventConfiguration : IEntityTypeConfiguration<ReputationEvent>
{
    public void Configure(EntityTypeBuilder<ReputationEvent> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(40);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
        // Points for the same reason, source and actor are earned once.
        builder.HasIndex(e => new { e.MemberId, e.Reason, e.SourceId, e.ActorId }).IsUnique();
        // A member's history and today's vote points; the period leaderboards read a time range.
        builder.HasIndex(e => new { e.MemberId, e.At });
        builder.HasIndex(e => e.At).IncludeProperties(e => new { e.MemberId, e.Points });
    }
}

internal sealed class MemberBadgeConfiguration : IEntityTypeConfiguration<MemberBadge>
{
    public void Configure(EntityTypeBuilder<MemberBadge> builder)
    {
        builder.HasKey(b => new { b.MemberId, b.BadgeKey });
        builder.Property(b => b.BadgeKey).HasMaxLength(40);
        builder.HasOne<Member>().WithMany().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Cascade);
        // A badge's page lists its holders, most recent first.
        builder.HasIndex(b => new { b.BadgeKey, b.AwardedAt });
    }
}
