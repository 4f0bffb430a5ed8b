using System.Text.Json;
using ClubMediaSociali.Application.Domain.Newsletter;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class NewsletterSubscriberConfiguration : IEntityTypeConfiguration<NewsletterSubscriber>
{
    public void Configure(EntityTypeBuilder<NewsletterSubscriber> builder)
    {
        builder.Property(s => s.Email).HasMaxLength(NewsletterSubscriber.EmailMaxLength);
        builder.Property(s => s.Name).HasMaxLength(NewsletterSubscriber.NameMaxLength);
        builder.Property(s => s.PrivacyPolicyVersion).HasMaxLength(20);
        builder.Property(s => s.Culture).HasMaxLength(10);
        // The unique key, not a prior SELECT, decides two simultaneous subscriptions of one address.
        builder.HasIndex(s => s.Email).IsUnique();
    }
}

internal sealed class NewsletterEditionConfiguration : IEntityTypeConfiguration<NewsletterEdition>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public void Configure(EntityTypeBuilder<NewsletterEdition> builder)
    {
        builder.Property(e => e.TitleIt).HasMaxLength(NewsletterEdition.TitleMaxLength);
        builder.Property(e => e.TitleEn).HasMaxLength(NewsletterEdition.TitleMaxLength);
        builder.Property(e => e.IntroIt).HasMaxLength(NewsletterEdition.IntroMaxLength);
        builder.Property(e => e.IntroEn).HasMaxLength(NewsletterEdition.IntroMaxLength);
        // The week's links as they were when the edition was prepared, in one jsonb value.
        builder.Property(e => e.Items)
            .HasColumnType("jsonb")
            .HasConversion(
                items => JsonSerializer.Serialize(items, Json),
                json => JsonSerializer.Deserialize<EditionItem[]>(json, Json) ?? Array.Empty<EditionItem>(),
                new ValueComparer<EditionItem[]>((a, b) => a!.SequenceEqual(b!), items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)), items => items.ToArray()));
        builder.HasIndex(e => e.WeekOf).IsUnique();
        builder.HasIndex(e => e.Number).IsUnique();
        builder.HasIndex(e => new { e.Status, e.ScheduledFor });
    }
}

internal sealed class NewsletterDeliveryConfiguration : IEntityTypeConfiguration<NewsletterDelivery>
{
    public void Configure(EntityTypeBuilder<NewsletterDelivery> builder)
    {
        builder.HasKey(d => new { d.EditionId, d.SubscriberId });
        builder.HasOne<NewsletterEdition>().WithMany().HasForeignKey(d => d.EditionId).OnDelete(DeleteBehavior.Cascade);
        // Leaving the newsletter keeps nothing of the subscriber, their copies included.
        builder.HasOne<NewsletterSubscriber>().WithMany().HasForeignKey(d => d.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        // The copies still to send, which senders claim a few at a time.
        builder.HasIndex(d => new { d.EditionId, d.ClaimedAt }).HasFilter("sent_at IS NULL");
    }
}
