using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Practice.TitleMaxLength);
        builder.HasIndex(p => new { p.Status, p.PublishedAt });
    }
}

internal sealed class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(Idea.TitleMaxLength);
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
    }
}

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(Opportunity.TitleMaxLength);
        builder.HasIndex(o => new { o.Status, o.CreatedAt });
    }
}
