using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class HeldItemConfiguration : IEntityTypeConfiguration<HeldItem>
{
    public void Configure(EntityTypeBuilder<HeldItem> builder)
    {
        builder.Property(h => h.Excerpt).HasMaxLength(HeldItem.ExcerptMaxLength);
        // The desk reads open holds, oldest first; marking a member reads theirs; a new hold replaces the open one of its target.
        builder.HasIndex(h => h.HeldAt).HasFilter("decided_at IS NULL");
        builder.HasIndex(h => h.AuthorId);
        builder.HasIndex(h => new { h.Kind, h.TargetId });
        builder.HasOne<Member>().WithMany().HasForeignKey(h => h.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(h => h.DecidedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SpamMarkerConfiguration : IEntityTypeConfiguration<SpamMarker>
{
    public void Configure(EntityTypeBuilder<SpamMarker> builder)
    {
        builder.Property(m => m.Value).HasMaxLength(SpamMarker.ValueMaxLength);
        builder.HasIndex(m => new { m.Kind, m.Value }).IsUnique();
        builder.HasIndex(m => m.FromMemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.AddedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.FromMemberId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class TextFingerprintConfiguration : IEntityTypeConfiguration<TextFingerprint>
{
    public void Configure(EntityTypeBuilder<TextFingerprint> builder)
    {
        // The check finds a text's copies by its hash or one of its bands; the purge drops what is older than a day.
        builder.HasIndex(f => f.At);
        builder.HasIndex(f => f.Exact);
        builder.HasIndex(f => f.Band0);
        builder.HasIndex(f => f.Band1);
        builder.HasIndex(f => f.Band2);
        builder.HasIndex(f => f.Band3);
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.AuthorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SignUpOriginConfiguration : IEntityTypeConfiguration<SignUpOrigin>
{
    public void Configure(EntityTypeBuilder<SignUpOrigin> builder)
    {
        builder.HasKey(o => o.MemberId);
        builder.Property(o => o.AddressHash).HasMaxLength(64);
        builder.HasIndex(o => new { o.AddressHash, o.At });
        builder.HasIndex(o => o.At);
        builder.HasOne<Member>().WithMany().HasForeignKey(o => o.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SuspensionAppealConfiguration : IEntityTypeConfiguration<SuspensionAppeal>
{
    public void Configure(EntityTypeBuilder<SuspensionAppeal> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(SuspensionAppeal.TextMaxLength);
        builder.HasIndex(a => a.SentAt).HasFilter("closed_at IS NULL");
        builder.HasIndex(a => a.MemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
