using System.Text.Json;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events");
        // The materials as the organisers listed them, in one jsonb value.
        builder.Property(e => e.Materials)
            .HasColumnType("jsonb")
            .HasConversion(
                items => JsonSerializer.Serialize(items, Json),
                json => JsonSerializer.Deserialize<EventMaterial[]>(json, Json) ?? Array.Empty<EventMaterial>(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<EventMaterial[]>(
                    (a, b) => a!.SequenceEqual(b!), items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)), items => items.ToArray()));
        builder.HasOne<Domain.Repertoire.Practice>().WithMany().HasForeignKey(e => e.PracticeId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(e => e.Title).HasMaxLength(Event.TitleMaxLength);
        builder.Property(e => e.DescriptionMarkdown).HasMaxLength(Event.DescriptionMaxLength);
        builder.Property(e => e.TimeZone).HasMaxLength(64);
        builder.Property(e => e.OnlineUrl).HasMaxLength(Event.UrlMaxLength);
        builder.Property(e => e.Venue).HasMaxLength(Event.PlaceMaxLength);
        builder.Property(e => e.Address).HasMaxLength(Event.PlaceMaxLength);
        builder.Property(e => e.City).HasMaxLength(Event.PlaceMaxLength);
        builder.Property(e => e.PriceNote).HasMaxLength(Event.PriceNoteMaxLength);
        builder.Property(e => e.Question).HasMaxLength(Event.QuestionMaxLength);
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(e => e.CreatedById).OnDelete(DeleteBehavior.SetNull);
        // The public list, upcoming by date (keyset on starts_at, id, from a little before now: no event lasts longer
        // than Event.MaxDuration), and the archive, the same index read backwards from now.
        builder.HasIndex(e => new { e.StartsAt, e.Id }).HasDatabaseName("ix_events_by_date")
            .HasFilter($"status = {(int)EventStatus.Scheduled}");
        builder.HasIndex(e => new { e.CompanyId, e.StartsAt });
        builder.HasIndex(e => e.RoleIds).HasMethod("gin");
        builder.HasIndex(e => e.Tags).HasMethod("gin");
        // The events ended and not yet looked at for their organisers' and speakers' points.
        builder.HasIndex(e => e.EndsAt).HasDatabaseName("ix_events_reputation_due").HasFilter("reputation_checked_at IS NULL");
    }
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.ToTable("event_registrations");
        builder.HasKey(r => new { r.EventId, r.MemberId });
        builder.Property(r => r.Answer).HasMaxLength(EventRegistration.AnswerMaxLength);
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        // The registered in order, and the waiting list's head: who is promoted next.
        builder.HasIndex(r => new { r.EventId, r.Status, r.Number });
        // A member's events.
        builder.HasIndex(r => new { r.MemberId, r.Status });
    }
}
