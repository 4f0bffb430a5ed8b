using System.Text.Json;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Conversations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// A participant reports a message of someone else (<see cref="MessageId"/>), or the whole conversation, to the
/// moderators. The report keeps a snapshot of what the reporter could read: the message with the
/// <see cref="MessageReport.Around"/> around it, or the newest of the conversation. Reporting the same thing again
/// changes nothing and says it was received.
/// </summary>
[ChangesNoPublicPage("Reports are read by moderators only.")]
public sealed record ReportConversation(Guid ConversationId, Guid? MessageId = null) : ICommand<Result<Guid>>, ITransactional
{
    public string Reason { get; init; } = "";
}

public sealed class ReportConversationValidator : AbstractValidator<ReportConversation>
{
    public ReportConversationValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Reason).ClubMaxLength(text, MessageReport.ReasonMaxLength);
}

public sealed class ReportConversationHandler(ICurrentMember currentMember, ClubDbContext db, Media.Attachments attachments, TimeProvider clock) : ICommandHandler<ReportConversation, Result<Guid>>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<Result<Guid>> Handle(ReportConversation command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var mine = await db.ConversationParticipants.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ConversationId == command.ConversationId && p.MemberId == me, cancellationToken);
        if (mine is null)
        {
            return ConversationErrors.NotFound;
        }

        var existing = await db.MessageReports
            .Where(r => r.ReporterId == me && r.ConversationId == command.ConversationId && r.MessageId == command.MessageId)
            .Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        // What the reporter can read, and nothing else.
        var left = mine.LeftAt;
        var readable = db.Messages.AsNoTracking().Where(m => m.ConversationId == command.ConversationId && m.Seq > mine.ClearedSeq && (left == null || m.At <= left));
        long? reportedSeq = null;
        if (command.MessageId is { } messageId)
        {
            var reported = await readable.Where(m => m.Id == messageId).Select(m => new { m.Seq, m.AuthorId }).SingleOrDefaultAsync(cancellationToken);
            if (reported is null)
            {
                return ConversationErrors.NotFound;
            }

            if (reported.AuthorId == me)
            {
                return ConversationErrors.OwnMessage;
            }

            reportedSeq = reported.Seq;
        }

        const int half = MessageReport.Around / 2;
        var window = reportedSeq is { } seq
            ? readable.Where(m => m.Seq >= seq - half && m.Seq <= seq + half)
            : readable.OrderByDescending(m => m.Seq).Take(MessageReport.Around);
        var lines = await window
            .Select(m => new
            {
                m.Seq,
                m.AuthorId,
                Author = db.Users.Where(u => u.Id == m.AuthorId).Select(u => u.DeletedAt == null ? u.DisplayName : null).FirstOrDefault(),
                m.BodyMarkdown,
                m.AttachmentIds,
                m.At,
                m.DeletedAt,
            })
            .ToListAsync(cancellationToken);
        var files = await attachments.ListAsync([.. lines.SelectMany(l => l.AttachmentIds)], cancellationToken);
        var snapshot = lines.OrderBy(l => l.Seq)
            .Select(l => new ReportedLine(
                l.Seq, l.AuthorId, l.Author ?? "", l.DeletedAt is null ? PlainText.Of(l.BodyMarkdown, Message.BodyMaxLength) ?? "" : "", l.At, l.DeletedAt is not null,
                l.Seq == reportedSeq,
                [.. files.Where(f => l.AttachmentIds.Contains(f.Id)).Select(f => new ReportedFile(f.Id, f.FileName, f.IsPicture))]))
            .ToList();
        var report = new MessageReport
        {
            ConversationId = command.ConversationId,
            MessageId = command.MessageId,
            ReporterId = me,
            Reason = command.Reason.Trim(),
            At = clock.GetUtcNow(),
            Snapshot = JsonSerializer.Serialize(snapshot, Json),
        };
        db.MessageReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    /// <summary>Whether a report's snapshot names this file of a message: its moderators may open it.</summary>
    public static IQueryable<bool> Names(ClubDbContext db, Guid uploadId)
    {
        var file = JsonSerializer.Serialize(new[] { new { files = new[] { new { id = uploadId } } } });
        return db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM message_reports WHERE snapshot @> {file}::jsonb) AS \"Value\"");
    }

    /// <summary>The snapshot's lines, read back.</summary>
    public static IReadOnlyList<ReportedLine> Lines(string snapshot) => JsonSerializer.Deserialize<List<ReportedLine>>(snapshot, Json) ?? [];
}
