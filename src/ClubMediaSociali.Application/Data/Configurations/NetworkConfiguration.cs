using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class MemberFollowConfiguration : IEntityTypeConfiguration<MemberFollow>
{
    public void Configure(EntityTypeBuilder<MemberFollow> builder)
    {
        builder.HasKey(f => new { f.FollowerId, f.MemberId });
        builder.HasIndex(f => new { f.MemberId, f.At });
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompanyFollowConfiguration : IEntityTypeConfiguration<CompanyFollow>
{
    public void Configure(EntityTypeBuilder<CompanyFollow> builder)
    {
        builder.HasKey(f => new { f.FollowerId, f.CompanyId });
        builder.HasIndex(f => new { f.CompanyId, f.At });
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(f => f.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TagFollowConfiguration : IEntityTypeConfiguration<TagFollow>
{
    public void Configure(EntityTypeBuilder<TagFollow> builder)
    {
        builder.HasKey(f => new { f.FollowerId, f.Tag });
        builder.Property(f => f.Tag).HasMaxLength(TagFollow.TagMaxLength);
        builder.HasIndex(f => new { f.Tag, f.At });
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleFollowConfiguration : IEntityTypeConfiguration<RoleFollow>
{
    public void Configure(EntityTypeBuilder<RoleFollow> builder)
    {
        builder.HasKey(f => new { f.FollowerId, f.RoleId });
        builder.HasIndex(f => new { f.RoleId, f.At });
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProfessionalRole>().WithMany().HasForeignKey(f => f.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MemberBlockConfiguration : IEntityTypeConfiguration<MemberBlock>
{
    public void Configure(EntityTypeBuilder<MemberBlock> builder)
    {
        builder.HasKey(b => new { b.MemberId, b.OtherId });
        builder.HasIndex(b => new { b.OtherId, b.Kind });
        builder.HasOne<Member>().WithMany().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(b => b.OtherId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Part).HasMaxLength(100);

        // The bacheca reads newest first, by its keyset (at, id), matching on any of these.
        builder.HasIndex(a => new { a.At, a.Id }).HasDatabaseName("ix_activities_at");
        builder.HasIndex(a => new { a.ActorId, a.At });
        builder.HasIndex(a => new { a.CompanyId, a.At }).HasFilter("company_id IS NOT NULL");
        builder.HasIndex(a => new { a.SubjectId, a.At });
        builder.HasIndex(a => a.Tags).HasMethod("gin");
        builder.HasIndex(a => a.RoleIds).HasMethod("gin");
    }
}

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.HasKey(m => new { m.Place, m.SourceId, m.MemberId });
        builder.HasIndex(m => new { m.AuthorId, m.At });
        builder.HasIndex(m => m.MemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SavedItemConfiguration : IEntityTypeConfiguration<SavedItem>
{
    public void Configure(EntityTypeBuilder<SavedItem> builder)
    {
        builder.HasKey(s => new { s.MemberId, s.Kind, s.ItemId });
        // The list, newest first, all kinds or one: keysets on (at, item_id) after the member (and the kind).
        builder.HasIndex(s => new { s.MemberId, s.At, s.ItemId });
        builder.HasIndex(s => new { s.MemberId, s.Kind, s.At, s.ItemId });
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
