using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.BodyMarkdown).HasMaxLength(Comment.BodyMaxLength);
        builder.Property(c => c.RemovedReason).HasMaxLength(Comment.ReasonMaxLength);
        // A thread reads in posting order; the moderators' queue reads held and hidden comments only.
        builder.HasIndex(c => new { c.ThreadKind, c.ThreadId, c.CreatedAt });
        builder.HasIndex(c => new { c.Status, c.CreatedAt })
            .HasFilter($"status IN ({(int)CommentStatus.Held}, {(int)CommentStatus.Hidden})");
        builder.HasIndex(c => c.ParentId);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CommentFlagConfiguration : IEntityTypeConfiguration<CommentFlag>
{
    public void Configure(EntityTypeBuilder<CommentFlag> builder)
    {
        builder.HasKey(f => new { f.CommentId, f.MemberId });
        builder.Property(f => f.Reason).HasMaxLength(Comment.ReasonMaxLength);
        builder.HasOne<Comment>().WithMany().HasForeignKey(f => f.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
