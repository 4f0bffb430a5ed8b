using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasMaxLength(60);
        builder.Property(n => n.Subject).HasMaxLength(200);
        builder.Property(n => n.Note).HasMaxLength(1000);
        builder.Property(n => n.TargetKey).HasMaxLength(200);
        builder.Property(n => n.TargetPart).HasMaxLength(40);
        builder.Ignore(n => n.Target);
        builder.HasIndex(n => new { n.MemberId, n.CreatedAt });
        builder.HasOne<Member>().WithMany().HasForeignKey(n => n.MemberId).OnDelete(DeleteBehavior.Cascade);
        // The email job reads the few notifications it has not looked at yet.
        builder.HasIndex(n => n.CreatedAt).HasDatabaseName("ix_notifications_email_pending").HasFilter("email_checked_at IS NULL");
    }
}

internal sealed class NotificationSettingConfiguration : IEntityTypeConfiguration<NotificationSetting>
{
    public void Configure(EntityTypeBuilder<NotificationSetting> builder)
    {
        builder.HasKey(s => new { s.MemberId, s.Category });
        builder.Property(s => s.Category).HasMaxLength(20);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
