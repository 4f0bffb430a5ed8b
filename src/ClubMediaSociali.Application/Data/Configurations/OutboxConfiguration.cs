using ClubMediaSociali.Application.Common.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Type).HasMaxLength(OutboxMessage.TypeMaxLength);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.Property(m => m.LastError).HasMaxLength(2000);
        // The dispatcher reads only what waits, the soonest due first.
        builder.HasIndex(m => new { m.DueAt, m.Id }).HasDatabaseName("ix_outbox_messages_waiting").HasFilter("dispatched_at IS NULL");
    }
}

internal sealed class OutboxEffectConfiguration : IEntityTypeConfiguration<OutboxEffect>
{
    public void Configure(EntityTypeBuilder<OutboxEffect> builder)
    {
        builder.HasKey(e => new { e.MessageId, e.Effect });
        builder.Property(e => e.Effect).HasMaxLength(OutboxEffect.NameMaxLength);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(e => e.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
