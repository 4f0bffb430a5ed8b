using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// One of the member's conversations: its people, what it is about, and a page of its messages, the newest
/// <see cref="PageSize"/>, those before <see cref="Before"/> ("messaggi precedenti") or those from <see cref="After"/> on
/// (what an open page fetches when told of new or changed messages), oldest first on the page.
/// Only participants read it; one who left a group reads it up to when they left; "elimina per me" hides what came before.
/// </summary>
public sealed record GetConversation(Guid Id, long? Before = null, long? After = null) : IQuery<Result<ConversationView>>
{
    public const int PageSize = 30;
}

public sealed record ConversationView(
    Guid Id, string? Title, bool IsGroup, IReadOnlyList<Participant> Others, IReadOnlyList<MessageView> Messages, long? OlderBefore,
    long ReadSeq, bool Left, bool Muted, bool MayWrite, AboutResponse? About, bool MoreAfter = false,
    IReadOnlyCollection<Guid>? ReportedMessages = null, bool ReportedConversation = false, AboutEvent? Event = null);

/// <summary>The opportunity and response a conversation is about.</summary>
public sealed record AboutResponse(Guid OpportunityId, string OpportunityTitle, string ApplicantName, ResponseStatus Status);

/// <summary>The event a conversation is about, and whose registration.</summary>
public sealed record AboutEvent(Guid EventId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, string RegistrantName);

public sealed record MessageView(
    Guid Id, long Seq, Guid AuthorId, string AuthorName, string? AuthorHandle, string Html, DateTimeOffset At, bool Edited, bool Deleted, bool Mine, bool MayEdit,
    bool Held = false, IReadOnlyList<Media.AttachmentItem>? Files = null);

public sealed class GetConversationHandler(ICurrentMember currentMember, ClubDbContext db, MessageFiles files, TimeProvider clock) : IQueryHandler<GetConversation, Result<ConversationView>>
{
    public async ValueTask<Result<ConversationView>> Handle(GetConversation query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var conversation = await db.Conversations.AsNoTracking().Where(c => c.Id == query.Id).SingleOrDefaultAsync(cancellationToken);
        var participants = await db.ConversationParticipants.AsNoTracking()
            .Where(p => p.ConversationId == query.Id)
            .Join(db.Users, p => p.MemberId, m => m.Id, (p, m) => new { Participant = p, m.Handle, m.DisplayName, m.PhotoHash, m.DeletedAt })
            .ToListAsync(cancellationToken);
        var mine = participants.Find(p => p.Participant.MemberId == me)?.Participant;
        if (conversation is null || mine is null)
        {
            return ConversationErrors.NotFound;
        }

        var left = mine.LeftAt;
        // Held messages only for their author, marked as waiting.
        var messages = db.Messages.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter])
            .Where(m => m.ConversationId == query.Id && m.Seq > mine.ClearedSeq && (left == null || m.At <= left)
                && (m.Screening == Screening.Clear || (m.AuthorId == me && m.Screening == Screening.Held)));
        if (query.Before is { } before)
        {
            messages = messages.Where(m => m.Seq < before);
        }

        if (query.After is { } after)
        {
            messages = messages.Where(m => m.Seq > after);
        }

        var ordered = query.After is null ? messages.OrderByDescending(m => m.Seq) : messages.OrderBy(m => m.Seq);
        var page = await ordered.Take(GetConversation.PageSize + 1)
            .Select(m => new { m.Id, m.Seq, m.AuthorId, m.BodyHtml, m.AttachmentIds, m.At, m.EditedAt, m.DeletedAt, m.Screening })
            .ToListAsync(cancellationToken);
        var more = page.Count > GetConversation.PageSize;
        var rows = page.Take(GetConversation.PageSize).ToList();
        var sent = await files.ListAsync(rows.Select(m => m.AttachmentIds), cancellationToken);
        if (query.After is null)
        {
            rows.Reverse(); // oldest first on the page
        }

        var people = participants.ToDictionary(p => p.Participant.MemberId);
        var now = clock.GetUtcNow();
        var shown = rows.Select(m =>
        {
            var author = people.GetValueOrDefault(m.AuthorId);
            var former = author is null || author.DeletedAt is not null;
            return new MessageView(
                m.Id, m.Seq, m.AuthorId, former ? "" : author!.DisplayName, former ? null : author!.Handle, m.BodyHtml, m.At,
                m.EditedAt is not null, m.DeletedAt is not null, m.AuthorId == me, m.AuthorId == me && m.DeletedAt is null && now - m.At <= Message.EditWindow,
                m.Screening == Screening.Held, [.. m.AttachmentIds.Where(sent.ContainsKey).Select(id => sent[id])]);
        }).ToList();

        var others = participants.Where(p => p.Participant.MemberId != me)
            .Select(p => new Participant(p.Participant.MemberId, p.Handle, p.DisplayName, p.PhotoHash, p.DeletedAt is not null, p.Participant.LeftAt is not null))
            .ToList();
        var active = others.Where(o => !o.Left && !o.Former).Select(o => o.Id).ToList();
        var mayWrite = left is null && active.Count > 0 && (await Following.Blocks.AmongAsync(db, me, active, cancellationToken)).Count < active.Count;
        AboutResponse? about = null;
        if (conversation is { OpportunityId: { } opportunityId, ApplicantId: { } applicantId })
        {
            var response = await db.OpportunityResponses.AsNoTracking()
                .Where(r => r.OpportunityId == opportunityId && r.MemberId == applicantId)
                .Select(r => new { r.Status, Title = db.Opportunities.Where(o => o.Id == opportunityId).Select(o => o.Title).Single() })
                .SingleAsync(cancellationToken);
            about = new AboutResponse(opportunityId, response.Title, people[applicantId].DisplayName, response.Status);
        }

        AboutEvent? aboutEvent = null;
        if (conversation is { EventId: { } eventId, RegistrantId: { } registrantId })
        {
            var registrant = people.GetValueOrDefault(registrantId);
            aboutEvent = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
                .Select(e => new AboutEvent(e.Id, e.Title, e.StartsAt, e.EndsAt, e.TimeZone, registrant == null || registrant.DeletedAt != null ? "" : registrant.DisplayName))
                .SingleAsync(cancellationToken);
        }

        // What the member reported here: the page says it was received.
        var reported = await db.MessageReports.Where(r => r.ReporterId == me && r.ConversationId == query.Id).Select(r => r.MessageId).ToListAsync(cancellationToken);
        return new ConversationView(
            conversation.Id, conversation.Title, conversation.IsGroup, others, shown, more && query.After is null ? shown[0].Seq : null,
            mine.ReadSeq, left is not null, mine.Muted, mayWrite, about, more && query.After is not null,
            [.. reported.OfType<Guid>()], reported.Contains(null), aboutEvent);
    }
}
