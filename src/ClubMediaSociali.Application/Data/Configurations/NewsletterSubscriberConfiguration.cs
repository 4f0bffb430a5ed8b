using ClubMediaSociali.Application.Domain.Newsletter;
using Microsoft.EntityFrameworkCore;
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
