using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Practice.TitleMaxLength);
        // The system column, read back after every save; not a concurrency token, so counters updated in SQL never fail a save.
        builder.Property(p => p.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate();
        builder.Property(p => p.Summary).HasMaxLength(Practice.SummaryMaxLength);
        builder.Property(p => p.BodyMarkdown).HasMaxLength(Practice.BodyMaxLength);
        builder.Property(p => p.ModeratorNote).HasMaxLength(Practice.NoteMaxLength);
        builder.Property(p => p.ResourceUrl).HasMaxLength(500);
        builder.Property(p => p.StoryOrganisation).HasMaxLength(160);
        builder.Property(p => p.StorySector).HasMaxLength(120);
        builder.Property(p => p.StoryOutcome).HasMaxLength(2000);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.SetNull);
        // Public list: published, newest first (keyset on published_at, id); review queue: submitted, oldest first.
        builder.HasIndex(p => new { p.Status, p.PublishedAt, p.Id });
        builder.HasIndex(p => new { p.Status, p.SubmittedAt });
        // "Most useful" order: keyset on (useful_count, id) among published practices.
        builder.HasIndex(p => new { p.Status, p.UsefulCount, p.Id });

        // The few featured practices, found without walking the whole published list.
        builder.HasIndex(p => new { p.PublishedAt, p.Id }).HasDatabaseName("ix_practices_featured")
            .HasFilter($"featured AND status = {(int)PracticeStatus.Published}");
        builder.HasIndex(p => new { p.AuthorId, p.UpdatedAt });
        builder.HasIndex(p => p.Tags).HasMethod("gin");
        builder.HasIndex(p => p.Channels).HasMethod("gin");
        builder.HasIndex(p => p.TargetRoleIds).HasMethod("gin");
        builder.HasOne<Domain.Ideas.Idea>().WithMany().HasForeignKey(p => p.SourceIdeaId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Domain.Events.Event>().WithMany().HasForeignKey(p => p.SourceEventId).OnDelete(DeleteBehavior.SetNull);
    }
}
