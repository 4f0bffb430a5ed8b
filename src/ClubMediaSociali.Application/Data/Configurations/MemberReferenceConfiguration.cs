using ClubMediaSociali.Application.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class ProfessionalRoleGroupConfiguration : IEntityTypeConfiguration<ProfessionalRoleGroup>
{
    public void Configure(EntityTypeBuilder<ProfessionalRoleGroup> builder)
    {
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Key).HasMaxLength(60);
        builder.HasIndex(g => g.Key).IsUnique();
        builder.Property(g => g.NameIt).HasMaxLength(ProfessionalRoleGroup.NameMaxLength);
        builder.Property(g => g.NameEn).HasMaxLength(ProfessionalRoleGroup.NameMaxLength);
        builder.HasData(ProfessionalRoleCatalog.Groups.Select(g => new
        {
            g.Id,
            g.Key,
            g.NameIt,
            g.NameEn,
            g.SortOrder,
        }));
    }
}

internal sealed class ProfessionalRoleConfiguration : IEntityTypeConfiguration<ProfessionalRole>
{
    public void Configure(EntityTypeBuilder<ProfessionalRole> builder)
    {
        // Admins add roles later: ids continue after the seeded ones.
        builder.Property(r => r.Id).UseIdentityByDefaultColumn().HasIdentityOptions(startValue: 1000);
        builder.Property(r => r.Key).HasMaxLength(60);
        builder.HasIndex(r => r.Key).IsUnique();
        builder.Property(r => r.NameIt).HasMaxLength(ProfessionalRole.NameMaxLength);
        builder.Property(r => r.NameEn).HasMaxLength(ProfessionalRole.NameMaxLength);
        builder.HasOne(r => r.Group).WithMany(g => g.Roles).HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(ProfessionalRoleCatalog.Roles.Select(r => new
        {
            r.Id,
            r.GroupId,
            r.Key,
            r.NameIt,
            r.NameEn,
            r.SortOrder,
        }));
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(c => c.Version).HasMaxLength(20);
        builder.HasIndex(c => new { c.MemberId, c.RecordedAt });
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
