using ClubMediaSociali.Application.Domain.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Company.NameMaxLength);
        builder.Property(c => c.Slug).HasMaxLength(90);
        builder.Property(c => c.Sector).HasMaxLength(Company.SectorMaxLength);
        builder.Property(c => c.WebsiteUrl).HasMaxLength(Company.UrlMaxLength);
        builder.Property(c => c.DescriptionMarkdown).HasMaxLength(Company.DescriptionMaxLength);
        builder.HasIndex(c => c.Slug).IsUnique();
        // The directory lists by name (keyset on name, id); founding partners have their own short list.
        builder.HasIndex(c => new { c.Name, c.Id });
        builder.HasIndex(c => c.Name).HasDatabaseName("ix_companies_founding").HasFilter("founding_partner");
    }
}

internal sealed class CompanyMemberConfiguration : IEntityTypeConfiguration<CompanyMember>
{
    public void Configure(EntityTypeBuilder<CompanyMember> builder)
    {
        builder.HasKey(m => new { m.CompanyId, m.MemberId });
        builder.Property(m => m.Message).HasMaxLength(CompanyMember.MessageMaxLength);
        builder.HasOne<Company>().WithMany().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.MemberId, m.Status });
    }
}
