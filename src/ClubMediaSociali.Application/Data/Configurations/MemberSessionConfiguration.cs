using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class MemberSessionConfiguration : IEntityTypeConfiguration<MemberSession>
{
    public void Configure(EntityTypeBuilder<MemberSession> builder)
    {
        builder.ToTable("member_sessions");
        builder.Property(s => s.Method).HasMaxLength(MemberSession.MethodMaxLength);
        builder.Property(s => s.UserAgent).HasMaxLength(MemberSession.UserAgentMaxLength);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        // The account page lists a member's open sessions.
        builder.HasIndex(s => new { s.MemberId, s.StartedAt });
        // Each instance asks every few seconds what ended since it last asked.
        builder.HasIndex(s => s.EndedAt).HasFilter("ended_at IS NOT NULL");
    }
}

/// <summary>
/// Identity's passkeys, as its schema version 3 maps them. Identity reads the version only from the app's
/// IdentityOptions, which the design-time factory of migrations and the tests' own contexts cannot see (and a model
/// built with two versions in one process would depend on which came first), so the Club maps them here itself.
/// </summary>
internal sealed class MemberPasskeyConfiguration : IEntityTypeConfiguration<IdentityUserPasskey<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserPasskey<Guid>> builder)
    {
        builder.ToTable("member_passkeys");
        builder.HasKey(p => p.CredentialId);
        builder.Property(p => p.CredentialId).HasMaxLength(1024);
        // What the authenticator said of the key (public key, counter, flags, name), in one jsonb column.
        builder.OwnsOne(p => p.Data, data => data.ToJson());
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.UserId);
    }
}
