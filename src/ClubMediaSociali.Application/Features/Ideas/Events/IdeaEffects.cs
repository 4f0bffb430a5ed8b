using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>Tells the idea's followers (and, for a duplicate, the original's) its new status, except the moderator who decided.</summary>
public sealed class TellFollowersOfStatus(ClubDbContext db) : IEffect<IdeaStatusChanged>
{
    public async Task RunAsync(IdeaStatusChanged changed, CancellationToken cancellationToken)
    {
        var idea = await db.Ideas.AsNoTracking().Where(i => i.Id == changed.IdeaId).Select(i => new { i.Title, i.DuplicateOfId }).SingleAsync(cancellationToken);
        var followers = await db.IdeaFollowers
            .Where(f => f.IdeaId == (idea.DuplicateOfId ?? changed.IdeaId) || f.IdeaId == changed.IdeaId)
            .Select(f => f.MemberId).Distinct().ToListAsync(cancellationToken);
        db.Notifications.AddRange(followers.Where(f => f != changed.ModeratorId).Select(follower =>
            Notification.Of(follower, NotificationKinds.IdeaStatus, idea.Title, Target.Idea(changed.IdeaId), changed.At, changed.Reason, changed.Status)));
    }
}

/// <summary>An idea selected, in progress or realised earns its author points, once for each.</summary>
public sealed class AwardIdeaProgress(ClubDbContext db, ReputationLedger reputation) : IEffect<IdeaStatusChanged>
{
    public async Task RunAsync(IdeaStatusChanged changed, CancellationToken cancellationToken)
    {
        if (changed.Status is not (IdeaStatus.Selected or IdeaStatus.InProgress or IdeaStatus.Realised))
        {
            return;
        }

        var author = await db.Ideas.Where(i => i.Id == changed.IdeaId).Select(i => i.AuthorId).SingleAsync(cancellationToken);
        await reputation.AwardAsync(author, ReputationReasons.IdeaSelected, changed.IdeaId, cancellationToken);
        if (changed.Status == IdeaStatus.Realised)
        {
            await reputation.AwardAsync(author, ReputationReasons.IdeaRealised, changed.IdeaId, cancellationToken);
        }
    }
}

/// <summary>Tells the idea's author that a practice draft waits for them, unless they made it themself.</summary>
public sealed class TellAuthorOfDraft(ClubDbContext db) : IEffect<IdeaTurnedIntoPractice>
{
    public async Task RunAsync(IdeaTurnedIntoPractice turned, CancellationToken cancellationToken)
    {
        var idea = await db.Ideas.AsNoTracking().Where(i => i.Id == turned.IdeaId).Select(i => new { i.Title, i.AuthorId }).SingleAsync(cancellationToken);
        if (idea.AuthorId is { } author && author != turned.ModeratorId)
        {
            db.Notifications.Add(Notification.Of(author, NotificationKinds.IdeaPracticeDraft, idea.Title, Target.PracticeEdit(turned.PracticeId), turned.At));
        }
    }
}

/// <summary>Each voter moves the author's reputation once in each direction, however often they change their mind.</summary>
public sealed class AwardVote(ClubDbContext db, ReputationLedger reputation) : IEffect<IdeaVoted>
{
    public async Task RunAsync(IdeaVoted voted, CancellationToken cancellationToken)
    {
        var author = await db.Ideas.Where(i => i.Id == voted.IdeaId).Select(i => i.AuthorId).SingleAsync(cancellationToken);
        var rule = voted.For ? ReputationReasons.IdeaVotedFor : ReputationReasons.IdeaVotedAgainst;
        await reputation.AwardAsync(author, rule, voted.IdeaId, cancellationToken, actorId: voted.VoterId);
    }
}
