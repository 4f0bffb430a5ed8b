using ClubMediaSociali.Application.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(Conversation.TitleMaxLength);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(c => c.StartedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Opportunities.OpportunityResponse>().WithMany().HasForeignKey(c => new { c.OpportunityId, c.ApplicantId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OpportunityId, c.ApplicantId });
        builder.HasOne<Domain.Events.Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.EventId, c.RegistrantId });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_conversations_response", "(opportunity_id IS NULL) = (applicant_id IS NULL)");
            t.HasCheckConstraint("ck_conversations_event", "(event_id IS NULL) = (registrant_id IS NULL)");
        });
    }
}

internal sealed class ConversationParticipantConfiguration : IEntityTypeConfiguration<ConversationParticipant>
{
    public void Configure(EntityTypeBuilder<ConversationParticipant> builder)
    {
        builder.HasKey(p => new { p.ConversationId, p.MemberId });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        // A member's list and their unread count: their rows, then each conversation's newest message.
        builder.HasIndex(p => p.MemberId);
        // The mail job: the few rows whose unread messages have waited long enough.
        builder.HasIndex(p => p.MailDueAt).HasFilter("mail_due_at IS NOT NULL");
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("messages");
        builder.Property(m => m.BodyMarkdown).HasMaxLength(Message.BodyMaxLength);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Restrict);
        // Paging back through a conversation and reading what came after a number: one range of this index.
        builder.HasIndex(m => new { m.ConversationId, m.Seq }).IsUnique();
        // The daily limits and the export: a member's own messages.
        builder.HasIndex(m => new { m.AuthorId, m.At });
    }
}

internal sealed class MessageReportConfiguration : IEntityTypeConfiguration<MessageReport>
{
    public void Configure(EntityTypeBuilder<MessageReport> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(MessageReport.ReasonMaxLength);
        builder.Property(r => r.Snapshot).HasColumnType("jsonb");
        builder.HasOne<Conversation>().WithMany().HasForeignKey(r => r.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Members.Member>().WithMany().HasForeignKey(r => r.ClosedById).OnDelete(DeleteBehavior.Restrict);
        // One report per reporter and thing reported: reporting again changes nothing.
        builder.HasIndex(r => new { r.ReporterId, r.ConversationId, r.MessageId }).IsUnique().AreNullsDistinct(false);
        // The moderators' queue: the open ones, oldest first.
        builder.HasIndex(r => r.At).HasFilter("closed_at IS NULL");
    }
}
