using ClubMediaSociali.Application.Domain.Connections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.HasKey(c => new { c.LowId, c.HighId });
        builder.Ignore(c => c.AddresseeId);
        builder.Property(c => c.Message).HasMaxLength(Connection.MessageMaxLength);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(c => c.LowId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(c => c.HighId).OnDelete(DeleteBehavior.Cascade);
        // The key serves "contacts of the low member"; this one serves the high member's side.
        builder.HasIndex(c => new { c.HighId, c.Status });
        // Requests sent in the last day, for the daily limit.
        builder.HasIndex(c => new { c.RequesterId, c.RequestedAt });
        builder.ToTable(t => t.HasCheckConstraint("ck_connections_pair_order", "low_id < high_id"));
    }
}
