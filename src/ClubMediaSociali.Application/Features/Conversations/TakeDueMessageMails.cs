using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// The mail job's step: takes the participants whose unread messages have waited
/// <see cref="Domain.Conversations.ConversationParticipant.MailAfter"/> (a batch, locked so that two instances never take
/// the same), reads again what is still unread right now, and marks it mailed before the mail goes: each message is
/// mailed at most once, grouped with the others waiting in the same conversation. Nobody is mailed for a muted
/// conversation, one they left or stopped mail for, or when they turned message mail off; those rows are cleared too.
/// </summary>
[ChangesNoPublicPage("Mail bookkeeping of private conversations.")]
public sealed record TakeDueMessageMails(DateTimeOffset Now) : ICommand<IReadOnlyList<MessageMail>>, ITransactional
{
    public const int Batch = 100;

    /// <summary>The newest messages quoted in a mail; the rest are counted.</summary>
    public const int Quoted = 5;
}

public sealed record MessageMail(
    Guid ConversationId, Guid MemberId, string DisplayName, string Email, Language Language, string? Title, bool IsGroup,
    IReadOnlyList<QuotedMessage> Messages, int Waiting);

/// <summary>A message as quoted in mail: author (none for a deleted account) and plain text.</summary>
public sealed record QuotedMessage(string? AuthorName, string Text, DateTimeOffset At, int Files = 0);

public sealed class TakeDueMessageMailsHandler(ClubDbContext db) : ICommandHandler<TakeDueMessageMails, IReadOnlyList<MessageMail>>
{
    public async ValueTask<IReadOnlyList<MessageMail>> Handle(TakeDueMessageMails command, CancellationToken cancellationToken)
    {
        var due = await db.ConversationParticipants
            .FromSql($"SELECT * FROM conversation_participants WHERE mail_due_at <= {command.Now} ORDER BY mail_due_at LIMIT {TakeDueMessageMails.Batch} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        var conversationIds = due.Select(p => p.ConversationId).Distinct().ToList();
        var memberIds = due.Select(p => p.MemberId).Distinct().ToList();
        var conversations = await db.Conversations.AsNoTracking().Where(c => conversationIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, c.IsGroup, c.LastSeq }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var members = await db.Users.AsNoTracking()
            .Where(m => memberIds.Contains(m.Id) && m.DeletedAt == null && m.SuspendedAt == null && m.EmailConfirmed && m.Email != null && !m.MessageMailOff)
            .Select(m => new { m.Id, m.DisplayName, m.Email, m.Culture }).ToDictionaryAsync(m => m.Id, cancellationToken);

        var mails = new List<MessageMail>();
        foreach (var participant in due)
        {
            var conversation = conversations[participant.ConversationId];
            var from = Math.Max(participant.ReadSeq, participant.MailedSeq);
            participant.MailDueAt = null;
            participant.MailedSeq = conversation.LastSeq;
            if (participant.Muted || participant.MailOff || participant.LeftAt is not null || !members.TryGetValue(participant.MemberId, out var member))
            {
                continue;
            }

            // Read again now: what the member has not seen, by others, not deleted.
            var waiting = db.Messages.AsNoTracking().Where(m =>
                m.ConversationId == participant.ConversationId && m.Seq > from && m.Seq <= conversation.LastSeq && m.AuthorId != participant.MemberId && m.DeletedAt == null);
            var newest = await waiting.OrderByDescending(m => m.Seq).Take(TakeDueMessageMails.Quoted)
                .Select(m => new
                {
                    m.BodyMarkdown,
                    Files = m.AttachmentIds.Length,
                    m.At,
                    Author = db.Users.Where(u => u.Id == m.AuthorId && u.DeletedAt == null).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            if (newest.Count == 0)
            {
                continue;
            }

            var count = newest.Count < TakeDueMessageMails.Quoted ? newest.Count : await waiting.CountAsync(cancellationToken);
            mails.Add(new MessageMail(
                participant.ConversationId, member.Id, member.DisplayName, member.Email!, Languages.FromCode(member.Culture), conversation.Title, conversation.IsGroup,
                newest.AsEnumerable().Reverse().Select(m => new QuotedMessage(m.Author, PlainText.Of(m.BodyMarkdown, 400) ?? "", m.At, m.Files)).ToList(), count));
        }

        await db.SaveChangesAsync(cancellationToken);
        return mails;
    }
}
