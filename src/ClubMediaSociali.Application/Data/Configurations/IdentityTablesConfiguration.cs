using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("members");
        builder.Property(m => m.DisplayName).HasMaxLength(Member.DisplayNameMaxLength);
        builder.Property(m => m.Handle).HasMaxLength(ProfileLimits.HandleMaxLength);
        builder.HasIndex(m => m.Handle).IsUnique();
        // Written only by the conditional UPDATE that claims a code's step: Identity saves the whole member after a
        // failed code too, and a copy loaded before the claim must not write an older step back.
        builder.Property(m => m.LastAuthenticatorStep).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        // The directory lists newest first with a (joined_at, id) keyset.
        builder.HasIndex(m => new { m.JoinedAt, m.Id });
        // All-time leaderboard: keyset on (reputation, id).
        builder.HasIndex(m => new { m.Reputation, m.Id });
        // Names and headlines are searched by substring without accents: their trigram indexes are on
        // club_unaccent(...) expressions, which the model cannot say (migration ItalianSearchForms).
        builder.HasIndex(m => m.Region);
        builder.HasOne(m => m.PrimaryRole).WithMany().HasForeignKey(m => m.PrimaryRoleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.PrimaryRoleId);
        builder.Property(m => m.Headline).HasMaxLength(ProfileLimits.HeadlineMaxLength);
        builder.Property(m => m.BioMarkdown).HasMaxLength(ProfileLimits.BioMaxLength);
        builder.Property(m => m.CompanyName).HasMaxLength(ProfileLimits.CompanyNameMaxLength);
        builder.Property(m => m.City).HasMaxLength(ProfileLimits.CityMaxLength);
        builder.Property(m => m.WebsiteUrl).HasMaxLength(ProfileLimits.UrlMaxLength);
        builder.Property(m => m.LinkedInUrl).HasMaxLength(ProfileLimits.UrlMaxLength);
        builder.Property(m => m.XUrl).HasMaxLength(ProfileLimits.UrlMaxLength);
        builder.Property(m => m.FacebookUrl).HasMaxLength(ProfileLimits.UrlMaxLength);
        builder.Property(m => m.InstagramUrl).HasMaxLength(ProfileLimits.UrlMaxLength);
        builder.Property(m => m.YouTubeUrl).HasMaxLength(ProfileLimits.UrlMaxLength);
        builder.Property(m => m.OffersText).HasMaxLength(ProfileLimits.ValueTextMaxLength);
        builder.Property(m => m.SeeksText).HasMaxLength(ProfileLimits.ValueTextMaxLength);
        builder.Property(m => m.Culture).HasMaxLength(10);
        builder.Property(m => m.TimeZone).HasMaxLength(64).HasDefaultValue(Domain.Events.Event.DefaultTimeZone);
        builder.Property(m => m.CalendarFeedHash).HasMaxLength(64);
        builder.HasIndex(m => m.CalendarFeedHash).IsUnique().HasFilter("calendar_feed_hash IS NOT NULL");
        // Array columns with GIN indexes: the directory filters on "contains this role/tag".
        builder.HasIndex(m => m.SecondaryRoleIds).HasMethod("gin");
        builder.HasIndex(m => m.Skills).HasMethod("gin");
        builder.HasIndex(m => m.OffersTags).HasMethod("gin");
        builder.HasIndex(m => m.SeeksTags).HasMethod("gin");
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    // The staff roles exist from the first migration on, so granting one never meets a missing role.
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder)
    {
        builder.ToTable("roles");
        builder.HasData(
            new IdentityRole<Guid>
            {
                Id = new Guid("0193a000-0000-7000-8000-000000000001"),
                Name = StaffRoles.Moderator,
                NormalizedName = StaffRoles.Moderator.ToUpperInvariant(),
                ConcurrencyStamp = "moderator-v1",
            },
            new IdentityRole<Guid>
            {
                Id = new Guid("0193a000-0000-7000-8000-000000000002"),
                Name = StaffRoles.Admin,
                NormalizedName = StaffRoles.Admin.ToUpperInvariant(),
                ConcurrencyStamp = "admin-v1",
            });
    }
}

internal sealed class MemberRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> builder) => builder.ToTable("member_roles");
}

internal sealed class MemberClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("member_claims");
}

internal sealed class MemberLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("member_logins");
}

internal sealed class MemberTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("member_tokens");
}

internal sealed class RoleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> builder) => builder.ToTable("role_claims");
}
