using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Opportunities;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Moderation;

public enum HeldDecision
{
    /// <summary>Not spam: the contribution is published as if it had never been held.</summary>
    Approve = 0,

    /// <summary>Spam: its author is marked as a spammer (<see cref="SpamMarking"/>).</summary>
    Spam = 1,
}

/// <summary>A moderator decides about a held contribution: it goes out, or its author is marked as a spammer.</summary>
[ChangesPages(PublicPages.Everything)]
public sealed record ReviewHeldItem : ICommand<Result<HeldDecision>>
{
    public Guid HoldId { get; init; }

    public HeldDecision Decision { get; init; }
}

public sealed class ReviewHeldItemValidator : AbstractValidator<ReviewHeldItem>
{
    public ReviewHeldItemValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Decision).IsInEnum().WithMessage(_ => text["Scegli una decisione."]);
    }
}

public sealed class ReviewHeldItemHandler(
    ICurrentMember currentMember, ClubDbContext db, SpamMarking marking, CommentThreads threads, Conversations.ConversationSignals signals, TimeProvider clock)
    : ICommandHandler<ReviewHeldItem, Result<HeldDecision>>
{
    public async ValueTask<Result<HeldDecision>> Handle(ReviewHeldItem command, CancellationToken cancellationToken)
    {
        var hold = await db.HeldItems.SingleOrDefaultAsync(h => h.Id == command.HoldId, cancellationToken);
        if (hold is null)
        {
            return ModerationErrors.NotFound;
        }

        if (hold.DecidedAt is not null)
        {
            return ModerationErrors.AlreadyDecided;
        }

        var now = clock.GetUtcNow();
        if (command.Decision == HeldDecision.Spam)
        {
            var marked = await marking.MarkAsync(hold.AuthorId, currentMember.RequiredId, hold.Kind, hold.TargetId, now, cancellationToken);
            return marked.IsSuccess ? HeldDecision.Spam : marked.Error!;
        }

        (string TargetType, Guid TargetId) audited = (AuditTargets.Member, hold.AuthorId);
        string[] all = [ClubDbContext.ScreeningFilter];
        switch (hold.Kind)
        {
            case ContentKind.Comment:
                var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == hold.TargetId && c.Status == CommentStatus.Held, cancellationToken);
                if (comment is not null)
                {
                    comment.Status = CommentStatus.Visible;
                    db.Raise(new CommentPublished(comment.Id, now), now);
                    db.Raise(new Following.TextWritten(MentionPlace.Comment, comment.Id, now), now);
                    audited = (AuditTargets.Comment, comment.Id);
                }

                break;
            case ContentKind.Idea:
                await db.Ideas.IgnoreQueryFilters(all).Where(i => i.Id == hold.TargetId && i.Screening == Screening.Held)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.Screening, Screening.Clear), cancellationToken);
                db.Raise(new Following.TextWritten(MentionPlace.Idea, hold.TargetId, now), now);
                audited = (AuditTargets.Idea, hold.TargetId);
                break;
            case ContentKind.Opportunity:
                await db.Opportunities.IgnoreQueryFilters(all).Where(o => o.Id == hold.TargetId && o.Screening == Screening.Held)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Screening, Screening.Clear), cancellationToken);
                audited = (AuditTargets.Opportunity, hold.TargetId);
                break;
            case ContentKind.OpportunityResponse:
                // The company hears of it now, and counts it, as if it had just arrived.
                var released = await db.OpportunityResponses.IgnoreQueryFilters(all)
                    .Where(r => r.OpportunityId == hold.TargetId && r.MemberId == hold.AuthorId && r.Screening == Screening.Held)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Screening, Screening.Clear), cancellationToken);
                if (released > 0)
                {
                    await db.Opportunities.IgnoreQueryFilters(all).Where(o => o.Id == hold.TargetId)
                        .ExecuteUpdateAsync(s => s.SetProperty(o => o.ResponseCount, o => o.ResponseCount + 1), cancellationToken);
                    db.Raise(new OpportunityResponded(hold.TargetId, hold.AuthorId, now), now);
                }

                audited = (AuditTargets.Opportunity, hold.TargetId);
                break;
            case ContentKind.Company:
                await db.Companies.IgnoreQueryFilters(all).Where(c => c.Id == hold.TargetId && c.Screening == Screening.Held)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Screening, Screening.Clear), cancellationToken);
                audited = (AuditTargets.Company, hold.TargetId);
                break;
            case ContentKind.Profile:
                await db.Users.Where(m => m.Id == hold.AuthorId && m.ProfileScreening == Screening.Held)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProfileScreening, Screening.Clear), cancellationToken);
                break;
            case ContentKind.Message:
                // The others get it now, counted and mailed as if it had just arrived; the moderator never sees the conversation.
                var conversation = await db.Messages.IgnoreQueryFilters(all).Where(m => m.Id == hold.TargetId && m.Screening == Screening.Held)
                    .Select(m => (Guid?)m.ConversationId).SingleOrDefaultAsync(cancellationToken);
                if (conversation is { } conversationId)
                {
                    await db.Messages.IgnoreQueryFilters(all).Where(m => m.Id == hold.TargetId)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.Screening, Screening.Clear), cancellationToken);
                    await db.Conversations.Where(c => c.Id == conversationId && c.LastMessageAt < now)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastMessageAt, now), cancellationToken);
                    await Conversations.ConversationMessages.RecountAsync(db, signals, conversationId, hold.AuthorId, now, cancellationToken);
                }

                break;
        }

        hold.DecidedAt = now;
        hold.DecidedById = currentMember.RequiredId;
        hold.Outcome = HoldOutcome.Approved;
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.ApproveHeld, audited.TargetType, audited.TargetId, hold.Excerpt.Length > 120 ? hold.Excerpt[..120] + "…" : hold.Excerpt, now);
        await db.SaveChangesAsync(cancellationToken);
        if (hold.Kind == ContentKind.Comment && await db.Comments.Where(c => c.Id == hold.TargetId).Select(c => new { c.ThreadKind, c.ThreadId }).SingleOrDefaultAsync(cancellationToken) is { } thread)
        {
            await threads.CommentsChangedAsync(thread.ThreadKind, thread.ThreadId, cancellationToken);
        }

        return HeldDecision.Approve;
    }
}
