using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(Opportunity.TitleMaxLength);
        builder.Property(o => o.DescriptionMarkdown).HasMaxLength(Opportunity.DescriptionMaxLength);
        builder.Property(o => o.RemovedReason).HasMaxLength(Opportunity.ReasonMaxLength);
        builder.HasOne<Company>().WithMany().HasForeignKey(o => o.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(o => o.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.Status, o.CreatedAt });
        // The public list: open opportunities, newest first (keyset on published_at, id).
        builder.HasIndex(o => new { o.PublishedAt, o.Id }).HasDatabaseName("ix_opportunities_open")
            .HasFilter($"status = {(int)OpportunityStatus.Open}");
        // The expiry job: open ones by deadline.
        builder.HasIndex(o => o.Deadline).HasDatabaseName("ix_opportunities_deadline").HasFilter($"status = {(int)OpportunityStatus.Open}");
        builder.HasIndex(o => new { o.CompanyId, o.Status });
        builder.HasIndex(o => o.RoleIds).HasMethod("gin");
        builder.HasIndex(o => o.Skills).HasMethod("gin");
    }
}

internal sealed class OpportunityResponseConfiguration : IEntityTypeConfiguration<OpportunityResponse>
{
    public void Configure(EntityTypeBuilder<OpportunityResponse> builder)
    {
        builder.HasKey(r => new { r.OpportunityId, r.MemberId });
        builder.Property(r => r.Message).HasMaxLength(OpportunityResponse.MessageMaxLength);
        builder.Property(r => r.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate();
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(r => r.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.MemberId, r.CreatedAt });
    }
}
