using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>Tells the practice's author what the moderators decided, with their note.</summary>
public sealed class TellAuthorOfDecision(ClubDbContext db) : IEffect<PracticeDecided>
{
    public async Task RunAsync(PracticeDecided decided, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsNoTracking().Where(p => p.Id == decided.PracticeId).Select(p => new { p.Title, p.AuthorId }).SingleAsync(cancellationToken);
        if (decided.Notice is { } name && NotificationKinds.Find(name) is { } kind && practice.AuthorId is { } author)
        {
            var target = decided.Revision is { } number ? Target.PracticeRevision(decided.PracticeId, number) : Target.Practice(decided.PracticeId);
            db.Notifications.Add(Notification.Of(author, kind, practice.Title, target, decided.At, decided.Note));
        }
    }
}

/// <summary>A first publication and a place among the featured practices earn the author points, once each.</summary>
public sealed class AwardPracticeDecision(ClubDbContext db, ReputationLedger reputation) : IEffect<PracticeDecided>
{
    public async Task RunAsync(PracticeDecided decided, CancellationToken cancellationToken)
    {
        var rule = (decided.Action, decided.Revision) switch
        {
            (AuditActions.PublishPractice, null) => ReputationReasons.PracticePublished,
            (AuditActions.FeaturePractice, _) => ReputationReasons.PracticeFeatured,
            _ => null,
        };
        if (rule is not null)
        {
            var author = await db.Practices.Where(p => p.Id == decided.PracticeId).Select(p => p.AuthorId).SingleAsync(cancellationToken);
            await reputation.AwardAsync(author, rule, decided.PracticeId, cancellationToken);
        }
    }
}

/// <summary>Each member's useful mark earns the author points once, however often they take it back and mark it again.</summary>
public sealed class AwardUsefulMark(ClubDbContext db, ReputationLedger reputation) : IEffect<PracticeMarkedUseful>
{
    public async Task RunAsync(PracticeMarkedUseful marked, CancellationToken cancellationToken)
    {
        var author = await db.Practices.Where(p => p.Id == marked.PracticeId).Select(p => p.AuthorId).SingleAsync(cancellationToken);
        await reputation.AwardAsync(author, ReputationReasons.PracticeUseful, marked.PracticeId, cancellationToken, actorId: marked.MemberId);
    }
}
