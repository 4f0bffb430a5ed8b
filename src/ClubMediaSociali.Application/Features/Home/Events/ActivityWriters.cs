using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Connections;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Application.Features.Opportunities;
using ClubMediaSociali.Application.Features.Repertoire;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

// Each effect writes one line of activity, read later by whoever follows its actor, company, tags, roles or subject
// (fan-out on read, ADR-016). Screening is not looked at here: the bacheca checks each subject when it is read.

/// <summary>A practice published for the first time (not a later revision).</summary>
public sealed class RecordPracticePublished(ClubDbContext db) : IEffect<PracticeDecided>
{
    public async Task RunAsync(PracticeDecided decided, CancellationToken cancellationToken)
    {
        if (decided is not { Action: AuditActions.PublishPractice, Revision: null })
        {
            return;
        }

        var practice = await db.Practices.IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).AsNoTracking()
            .Where(p => p.Id == decided.PracticeId).Select(p => new { p.AuthorId, p.Title, p.Tags, p.TargetRoleIds }).SingleAsync(cancellationToken);
        db.Activities.Add(new Activity
        {
            Kind = ActivityKind.PracticePublished,
            ActorId = practice.AuthorId,
            SubjectKind = ActivitySubject.Practice,
            SubjectId = decided.PracticeId,
            Title = practice.Title,
            Tags = practice.Tags,
            RoleIds = practice.TargetRoleIds,
            At = decided.At,
        });
    }
}

public sealed class RecordIdeaPosted(ClubDbContext db) : IEffect<IdeaPosted>
{
    public async Task RunAsync(IdeaPosted posted, CancellationToken cancellationToken)
    {
        var idea = await db.Ideas.IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).AsNoTracking()
            .Where(i => i.Id == posted.IdeaId).Select(i => new { i.AuthorId, i.Title, i.Tags, i.RoleIds }).SingleAsync(cancellationToken);
        db.Activities.Add(new Activity
        {
            Kind = ActivityKind.IdeaPosted,
            ActorId = idea.AuthorId,
            SubjectKind = ActivitySubject.Idea,
            SubjectId = posted.IdeaId,
            Title = idea.Title,
            Tags = idea.Tags,
            RoleIds = idea.RoleIds,
            At = posted.At,
        });
    }
}

/// <summary>A decision on an idea is the Club's act: it reaches the idea's followers and those of its tags and roles.</summary>
public sealed class RecordIdeaDecided(ClubDbContext db) : IEffect<IdeaStatusChanged>
{
    public async Task RunAsync(IdeaStatusChanged changed, CancellationToken cancellationToken)
    {
        var idea = await db.Ideas.IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).AsNoTracking()
            .Where(i => i.Id == changed.IdeaId).Select(i => new { i.Title, i.Tags, i.RoleIds }).SingleAsync(cancellationToken);
        db.Activities.Add(new Activity
        {
            Kind = ActivityKind.IdeaDecided,
            SubjectKind = ActivitySubject.Idea,
            SubjectId = changed.IdeaId,
            Part = changed.Status.ToString(),
            Title = idea.Title,
            Tags = idea.Tags,
            RoleIds = idea.RoleIds,
            At = changed.At,
        });
    }
}

/// <summary>
/// A comment reaches the commenter's contacts and followers and the followers of an idea, not the followers of the
/// item's tags: a busy discussion would fill their bacheca.
/// </summary>
public sealed class RecordCommentPosted(ClubDbContext db, CommentThreads threads) : IEffect<CommentPublished>
{
    public async Task RunAsync(CommentPublished published, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).AsNoTracking()
            .Where(c => c.Id == published.CommentId).Select(c => new { c.AuthorId, c.ThreadKind, c.ThreadId }).SingleAsync(cancellationToken);
        var subject = comment.ThreadKind switch
        {
            CommentThreadKind.Practice => ActivitySubject.Practice,
            CommentThreadKind.Idea => ActivitySubject.Idea,
            CommentThreadKind.Opportunity => ActivitySubject.Opportunity,
            _ => (ActivitySubject?)null,
        };
        if (subject is null || await threads.FindAsync(comment.ThreadKind, comment.ThreadId, cancellationToken) is not { } thread)
        {
            return;
        }

        db.Activities.Add(new Activity
        {
            Kind = ActivityKind.CommentPosted,
            ActorId = comment.AuthorId,
            SubjectKind = subject.Value,
            SubjectId = comment.ThreadId,
            Part = published.CommentId.ToString(),
            Title = thread.Title,
            At = published.At,
        });
    }
}

public sealed class RecordOpportunityOpened(ClubDbContext db) : IEffect<OpportunityOpened>
{
    public async Task RunAsync(OpportunityOpened opened, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).AsNoTracking()
            .Where(o => o.Id == opened.OpportunityId).Select(o => new { o.AuthorId, o.CompanyId, o.Title, o.Skills, o.RoleIds }).SingleAsync(cancellationToken);
        db.Activities.Add(new Activity
        {
            Kind = ActivityKind.OpportunityOpened,
            ActorId = opportunity.AuthorId,
            CompanyId = opportunity.CompanyId,
            SubjectKind = ActivitySubject.Opportunity,
            SubjectId = opened.OpportunityId,
            Title = opportunity.Title,
            Tags = opportunity.Skills,
            RoleIds = opportunity.RoleIds,
            At = opened.At,
        });
    }
}

/// <summary>Two members now in contact: a line for each side's network, told from the one who accepted.</summary>
public sealed class RecordContactsConnected(ClubDbContext db) : IEffect<ConnectionAccepted>
{
    public Task RunAsync(ConnectionAccepted accepted, CancellationToken cancellationToken)
    {
        db.Activities.Add(new Activity
        {
            Kind = ActivityKind.ContactsConnected,
            ActorId = accepted.AccepterId,
            SubjectKind = ActivitySubject.Member,
            SubjectId = accepted.RequesterId,
            At = accepted.At,
        });
        return Task.CompletedTask;
    }
}
